package bench.jdbc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A post as the API returns it: its columns, its author's id and its tags' ids. */
record Post(UUID id, String title, String slug, String status, String summary, String body, String coverImage,
            BigDecimal rating, OffsetDateTime publishedAt, boolean featured, Integer readingMinutes, long viewCount,
            UUID author, List<UUID> tags, UUID series, Integer seriesPart, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, int version) {
}
