package dev.plinth.deploy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Which environment variables a running Plinth reads, found the way Spring Boot finds them: each variable is offered
 * to every {@code @ConfigurationProperties} class of the application ({@code PlinthProperties}, Spring Boot's
 * {@code ServerProperties}, ...) through relaxed binding, and it is read when it binds to one of their properties
 * ({@code PLINTH_DB_URL} to {@code plinth.db.url}). A misspelt or invented name binds to nothing.
 */
final class PlinthSettings {

    private PlinthSettings() {
    }

    /** The names in {@code env} that no configuration property of the running {@code application} reads. */
    static Set<String> unread(ApplicationContext application, Map<String, String> env) {
        Set<String> read = new HashSet<>();
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(env))));
        BindHandler recorder = new AbstractBindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                    Object result) {
                record(context.getConfigurationProperty(), read);
                return result;
            }

            /** A value of the wrong kind is still a variable Plinth reads; the binding goes on. */
            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                    Exception error) {
                record(context.getConfigurationProperty(), read);
                return null;
            }
        };
        for (ConfigurationPropertiesBean bean : ConfigurationPropertiesBean.getAll(application).values()) {
            // A new instance of the bean's type, never the running application's own.
            Bindable<?> live = bean.asBindTarget();
            Bindable<?> fresh = Bindable.of(live.getType()).withBindMethod(live.getBindMethod());
            binder.bind(bean.getAnnotation().prefix(), fresh, recorder);
        }
        Set<String> unread = new TreeSet<>(env.keySet());
        unread.removeAll(read);
        return unread;
    }

    private static void record(ConfigurationProperty property, Set<String> read) {
        if (property != null && property.getOrigin() instanceof PropertySourceOrigin origin) {
            read.add(origin.getPropertyName());
        }
    }
}
