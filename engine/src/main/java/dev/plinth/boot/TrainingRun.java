package dev.plinth.boot;

import dev.plinth.model.Entity;
import dev.plinth.schema.ActiveModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --plinth.training-run=true}: once Plinth is ready, it answers over HTTP, as an anonymous caller, a list of
 * the first entity of the served model that such a caller may read and a read of one of its rows, then stops as on
 * a shutdown (the web server drains, the database closes) and the process exits. The build runs it under {@code -XX:ArchiveClassesAtExit} to archive the classes a start and a first
 * request load, for the class data sharing of the README's start command.
 */
final class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        List<Entity> entities = context.getBean(ActiveModel.class).current().model().entities();
        if (context instanceof WebServerApplicationContext web) {
            for (Entity entity : entities) {
                String api = "http://127.0.0.1:" + web.getWebServer().getPort() + "/api/" + entity.name();
                if (ask(api + "?limit=1") == 200) {
                    ask(api + "/00000000-0000-7000-8000-000000000000");
                    break;
                }
            }
        }
        System.exit(SpringApplication.exit(context));
    }

    /** The status of a GET of {@code uri}, or 0 when it got no answer. */
    private static int ask(String uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri))
                    .build(), HttpResponse.BodyHandlers.ofString());
            log.info("Training run: GET {} answered {}", uri, response.statusCode());
            return response.statusCode();
        } catch (IOException e) {
            log.warn("Training run: GET {} failed: {}", uri, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
