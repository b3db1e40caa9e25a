package org.conflictkg.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/** Reads and writes OpenNLP maximum-entropy models in OpenNLP's binary format: the learned models' one file format. */
final class MaxentFiles {
    private MaxentFiles() {
    }

    /** The model in a class-path resource, or null when there is none (nothing was trained). */
    static MaxentModel resource(String name) {
        try (InputStream in = MaxentFiles.class.getResourceAsStream(name)) {
            return in == null ? null : new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + name, e);
        }
    }

    static byte[] bytes(MaxentModel model, String what) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what, e);
        }
    }
}
