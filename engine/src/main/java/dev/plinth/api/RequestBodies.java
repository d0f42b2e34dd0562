package dev.plinth.api;

import dev.plinth.query.QueryException;
import dev.plinth.query.QueryLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Reads a write's body: JSON only, and never more than {@link QueryLimits#MAX_BODY_BYTES}. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] read(HttpServletRequest request) {
        checkJson(request.getContentType());
        if (request.getContentLengthLong() > QueryLimits.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(QueryLimits.MAX_BODY_BYTES + 1);
            if (body.length > QueryLimits.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
    }

    private static void checkJson(String contentType) {
        boolean json = false;
        if (contentType != null) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                json = MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
            } catch (InvalidMediaTypeException e) {
                json = false;
            }
        }
        if (!json) {
            throw new QueryException(QueryException.Kind.UNSUPPORTED_MEDIA_TYPE, "body.media-type",
                    "send the body as JSON, with the header Content-Type: application/json");
        }
    }

    private static QueryException tooLarge() {
        return new QueryException(QueryException.Kind.TOO_LARGE, "body.too-large", "the body is larger than "
                + QueryLimits.MAX_BODY_BYTES + " bytes");
    }
}
