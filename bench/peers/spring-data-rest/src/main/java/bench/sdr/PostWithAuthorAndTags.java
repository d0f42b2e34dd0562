package bench.sdr;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.rest.core.config.Projection;

/** {@code ?projection=expanded}: the post with its author and tags inlined, Spring Data REST's way to expand. */
@Projection(name = "expanded", types = Post.class)
public interface PostWithAuthorAndTags {
    UUID getId();
    String getTitle();
    String getSlug();
    String getStatus();
    String getSummary();
    String getBody();
    String getCoverImage();
    BigDecimal getRating();
    OffsetDateTime getPublishedAt();
    boolean isFeatured();
    Integer getReadingMinutes();
    long getViewCount();
    Integer getSeriesPart();
    OffsetDateTime getCreatedAt();
    OffsetDateTime getUpdatedAt();
    Integer getVersion();
    AuthorView getAuthor();
    Set<TagView> getTags();

    /** The author as embedded: its own columns. */
    interface AuthorView {
        UUID getId();
        String getName();
        String getHandle();
        String getEmail();
        String getBio();
        String getWebsite();
        String getAvatarUrl();
        java.time.LocalDate getJoinedOn();
    }

    /** A tag as embedded. */
    interface TagView {
        UUID getId();
        String getName();
        String getSlug();
        String getDescription();
        String getColor();
    }
}
