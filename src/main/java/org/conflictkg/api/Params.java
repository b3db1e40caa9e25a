package org.conflictkg.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.javalin.http.Context;

/** Typed query parameters; a bad value is a 400 that names the parameter. */
final class Params {
    private Params() {
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) {
                throw ApiException.badRequest("parameter " + name + " must be between " + min + " and " + max + ", not " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter " + name + " must be a whole number, not '" + abbreviate(v) + "'");
        }
    }

    static double decimal(Context ctx, String name, double dflt, double min, double max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d >= min && d <= max)) {
                throw ApiException.badRequest("parameter " + name + " must be between " + min + " and " + max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter " + name + " must be a number, not '" + abbreviate(v) + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter " + name + " must be a date YYYY-MM-DD, not '" + abbreviate(v) + "'");
        }
    }

    static boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equals("0")) {
            return false;
        }
        throw ApiException.badRequest("parameter " + name + " must be true or false, not '" + abbreviate(v) + "'");
    }

    static String text(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > maxLength) {
            throw ApiException.badRequest("parameter " + name + " is longer than " + maxLength + " characters");
        }
        return v;
    }

    static String abbreviate(String v) {
        return v.length() > 80 ? v.substring(0, 77) + "..." : v;
    }
}
