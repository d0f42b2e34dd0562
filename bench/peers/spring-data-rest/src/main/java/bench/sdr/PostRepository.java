package bench.sdr;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.rest.core.annotation.RestResource;

/** {@code /posts}, and the searches the scenarios use: a page without its total, and one with it. */
public interface PostRepository extends JpaRepository<Post, UUID> {

    @RestResource(path = "byStatus")
    Slice<Post> findByStatus(@Param("status") String status, Pageable pageable);

    @RestResource(path = "byStatusCounted")
    Page<Post> readByStatus(@Param("status") String status, Pageable pageable);
}
