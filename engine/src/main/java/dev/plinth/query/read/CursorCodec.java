package dev.plinth.query.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.model.type.Uuids;
import dev.plinth.query.Member;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryLimits;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyset cursors: the sort-key values and id of a page's last row, signed with HMAC-SHA256 over the entity and the
 * sort, so a cursor that was changed, or used with another sort, is refused.
 */
public final class CursorCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CursorCodec(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The cursor after a row whose sort keys and id are {@code keys} (as PostgreSQL wrote them in JSON). */
    public String encode(Entity entity, List<SortKey> sort, ArrayNode keys) {
        String payload = ENCODER.encodeToString(keys.toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(entity, sort, payload));
    }

    /** The typed sort-key values, then the id, in {@code cursor}; refuses anything this codec did not issue. */
    List<Object> decode(String cursor, Entity entity, List<SortKey> sort) {
        if (cursor.length() > QueryLimits.MAX_CURSOR_LENGTH) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        String payload = cursor.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(entity, sort, payload))) {
                throw invalid();
            }
            JsonNode keys = JSON.readTree(new String(DECODER.decode(payload), StandardCharsets.UTF_8));
            if (!keys.isArray() || keys.size() != sort.size() + 1) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < sort.size(); i++) {
                JsonNode value = keys.get(i);
                values.add(value.isNull() ? null : read(sort.get(i).member(), value));
            }
            values.add(Uuids.read(keys.get(sort.size()), "not an id"));
            return values;
        } catch (IllegalArgumentException | InvalidValueException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw invalid();
        }
    }

    private static Object read(Member member, JsonNode value) throws InvalidValueException {
        Field field = member instanceof Member.Scalar scalar ? scalar.field() : null;
        if (field == null) {
            return Uuids.read(value, "not an id");
        }
        return field.type().read(value, field);
    }

    private byte[] sign(Entity entity, List<SortKey> sort, String payload) {
        String sortText = String.join(",", sort.stream().map(SortKey::text).toList());
        return macs.get().doFinal((entity.name() + "|" + sortText + "|" + payload).getBytes(StandardCharsets.UTF_8));
    }

    /** A MAC keyed for this codec, one a thread: looking the algorithm up for every page cost more than the MAC. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QueryException invalid() {
        return QueryException.invalidParameter("cursor", "page.cursor", "the cursor is not one this API issued for"
                + " this list and sort, or it was changed; start again from the first page");
    }
}
