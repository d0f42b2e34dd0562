package dev.plinth.schema;

import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint of a model: SHA-256 of its canonical JSON. */
public final class ModelHash {

    private ModelHash() {
    }

    public static String of(Model model) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(ModelJson.writeModel(model).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
