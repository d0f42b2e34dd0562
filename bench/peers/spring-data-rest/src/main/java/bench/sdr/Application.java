package bench.sdr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.rest.webmvc.config.RepositoryRestConfigurer;

/** What a Java team gets from the framework: JPA entities over the blog tables, exported by Spring Data REST. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Ids in the bodies, as the other contenders show them. */
    @Bean
    RepositoryRestConfigurer exposeIds() {
        return RepositoryRestConfigurer.withConfig(config -> config.exposeIdsFor(Post.class, Author.class, Tag.class));
    }
}
