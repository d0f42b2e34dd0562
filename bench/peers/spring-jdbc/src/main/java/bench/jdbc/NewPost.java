package bench.jdbc;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The body of a create, checked with the blog model's rules. */
record NewPost(
        @NotNull @Size(min = 3, max = 200) String title,
        @NotNull @Size(max = 200) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Pattern(regexp = "draft|published|archived") String status,
        @Size(max = 500) String summary,
        String body,
        @DecimalMin("0") @DecimalMax("5") BigDecimal rating,
        OffsetDateTime publishedAt,
        @Min(1) @Max(240) Integer readingMinutes,
        @NotNull UUID author) {
}
