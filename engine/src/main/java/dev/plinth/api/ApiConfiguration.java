package dev.plinth.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.query.FilterFactory;
import dev.plinth.query.read.CursorCodec;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.SchemaEngine;
import dev.plinth.schema.Secrets;
import dev.plinth.security.identity.AccessPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * The API's beans: the per-model stages, the entity handler and its mapping, the documentation, the problem renderer
 * and the API's metrics.
 */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    /** The name of the secret that signs list cursors. */
    static final String CURSOR_SECRET = "cursor";

    @Bean
    CursorCodec cursorCodec(SchemaEngine engine, DSLContext db) {
        engine.initialize();
        return new CursorCodec(new Secrets(db).get(CURSOR_SECRET));
    }

    @Bean
    @ConditionalOnMissingBean
    FilterFactory filterFactory() {
        return new FilterLanguage();
    }

    /** The signed-in caller (or anonymous) of each request, and what the access policy lets its roles do. */
    @Bean
    @ConditionalOnMissingBean
    Caller caller(AccessPolicy policy) {
        return new IdentityCaller(policy, Clock.systemUTC());
    }

    @Bean
    ApiModel apiModel(ActiveModel active, DSLContext db, CursorCodec cursors, FilterFactory filters) {
        return new ApiModel(active, db, cursors, filters);
    }

    @Bean
    ApiHandlerMapping apiHandlerMapping(ApiModel model, Caller caller, ProblemHandler problems) {
        return new ApiHandlerMapping(new EntityHandler(model, caller, problems));
    }

    @Bean
    OpenApiController openApiController(ApiModel model, Caller caller) {
        return new OpenApiController(model, caller);
    }

    @Bean
    ProblemHandler problemHandler(ObjectMapper json) {
        return new ProblemHandler(json);
    }

    /** After the request id filter, before the security filters, whose refusals it counts. */
    @Bean
    FilterRegistrationBean<ApiMetrics> apiMetrics(ApiModel model, MeterRegistry registry) {
        FilterRegistrationBean<ApiMetrics> registration = new FilterRegistrationBean<>(new ApiMetrics(model, registry));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /**
     * No {@code http.server.requests} observation for requests {@link ApiMetrics} times already: the API's requests
     * are measured once, by entity and action, and the second observation cost a few percent of a request's CPU.
     * Every other path (the admin UI, the actuator, the documentation) keeps Spring Boot's observation.
     */
    @Bean
    ObservationPredicate apiRequestsObservedOnce() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && ApiMetrics.times(server.getCarrier()));
    }

    @Bean
    UnmatchedApiRequests unmatchedApiRequests(ProblemHandler problems) {
        return new UnmatchedApiRequests(problems);
    }

    /** In place of Spring Boot's error controller, which backs off when another is there. */
    @Bean
    ErrorResponses errorResponses(ProblemHandler problems) {
        return new ErrorResponses(problems);
    }
}
