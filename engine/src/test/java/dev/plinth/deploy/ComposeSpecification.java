package dev.plinth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The Compose Specification's JSON Schema ({@code compose-spec/compose-spec.json} in the test resources, where its
 * README says where it comes from), with Compose's own meaning of its formats: {@code duration} is a Go duration
 * ({@code 5s}, {@code 1m30s}), {@code ports} a port mapping ({@code 8080}, {@code 127.0.0.1:8080:80/tcp}),
 * {@code expose} a port or range, and {@code subnet_ip_address} a CIDR block. The file's draft-04 style {@code id}s
 * ({@code "#/properties/services"}) are annotations, as they are to Compose.
 */
final class ComposeSpecification {

    /** The meta-schema the file names in {@code $schema}, spelt as it spells it. */
    private static final String META_SCHEMA = "http://json-schema.org/draft/2019-09/schema";
    private static final String PORT = "\\d+(-\\d+)?";
    private static final List<Format> FORMATS = List.of(
            PatternFormat.of("duration", "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$|^0$", null),
            PatternFormat.of("ports", "^(([0-9.]+|\\[[0-9a-fA-F:]+]):)?(" + PORT + ")?:?" + PORT
                    + "(/(tcp|udp|sctp))?$", null),
            PatternFormat.of("expose", "^" + PORT + "(/(tcp|udp|sctp))?$", null),
            PatternFormat.of("subnet_ip_address", "^[0-9a-fA-F.:]+/[0-9]{1,3}$", null));
    private static final JsonSchema SCHEMA = load();

    private ComposeSpecification() {
    }

    /** Every way {@code compose}, already interpolated, breaks the specification. */
    static Set<ValidationMessage> validate(JsonNode compose) {
        return SCHEMA.validate(compose);
    }

    private static JsonSchema load() {
        JsonMetaSchema draft201909 = JsonMetaSchema.getV201909();
        JsonMetaSchema compose = JsonMetaSchema.builder(META_SCHEMA, draft201909).formats(FORMATS)
                .keyword(new NonValidationKeyword("id")).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                builder -> builder.metaSchema(compose));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = ComposeSpecification.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
