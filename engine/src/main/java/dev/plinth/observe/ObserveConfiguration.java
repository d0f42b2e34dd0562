package dev.plinth.observe;

import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.MigrationHistory;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.jooq.DSLContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The request id filter, the problem+json advice, the model's info and its gauges. */
@Configuration(proxyBeanMethods = false)
public class ObserveConfiguration {

    /** First of all filters, so the security filters' refusals and every log line of a request carry its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Bean
    ProblemRequestIds problemRequestIds() {
        return new ProblemRequestIds();
    }

    @Bean
    ModelInfo modelInfo(ActiveModel active) {
        return new ModelInfo(active);
    }

    @Bean
    ModelMetrics modelMetrics(ActiveModel active, DSLContext db) {
        return new ModelMetrics(active, new MigrationHistory(db));
    }
}
