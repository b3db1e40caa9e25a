package org.conflictkg.ingest;

/** Recognises binary content by magic numbers and by NUL and control bytes. */
final class BinarySniffer {
    private BinarySniffer() {
    }

    /** A short description of the binary kind, or null when the bytes may be text. */
    static String describe(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "zip archive";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
        if (!utf16) {
            int n = Math.min(b.length, 64 * 1024);
            for (int i = 0; i < n; i++) {
                if (b[i] == 0) {
                    return "NUL bytes";
                }
            }
        }
        return null;
    }

    /** Share of characters that are control characters other than tab, newline, carriage return, form feed. */
    static double controlRatio(String text) {
        int n = Math.min(text.length(), 64 * 1024);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                bad++;
            }
        }
        return n == 0 ? 0 : (double) bad / n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
