package dev.plinth.boot;

import dev.plinth.api.ApiConfiguration;
import dev.plinth.database.PlinthDatabase;
import dev.plinth.observe.ObserveConfiguration;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.ModelChangeListener;
import dev.plinth.schema.SchemaEngine;
import dev.plinth.security.web.WebSecurityConfiguration;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Wires the engine: the database (embedded or external), the schema engine, the served model and, when a model
 * folder is given, its sync on start and its watcher; the API, its security and what operators observe (request
 * ids, info, metrics). Runs before Spring Boot's security auto-configuration, so Plinth's filter chains replace Boot's
 * default one.
 */
@AutoConfiguration(before = {DataSourceAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class})
@EnableConfigurationProperties(PlinthProperties.class)
@Import({ApiConfiguration.class, WebSecurityConfiguration.class, ObserveConfiguration.class})
public class PlinthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DSLContext dslContext(DataSource dataSource) {
        return DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderFormatted(false));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    PlinthDatabase plinthDatabase(PlinthProperties properties) {
        return PlinthDatabase.open(properties.databaseSettings());
    }

    @Bean
    @ConditionalOnMissingBean
    DataSource dataSource(PlinthDatabase database) {
        return database.dataSource();
    }

    @Bean
    SchemaEngine schemaEngine(PlinthDatabase database) {
        return database.schemaEngine();
    }

    @Bean
    ActiveModel activeModel(SchemaEngine engine) {
        return new ActiveModel(engine);
    }

    /** Applies the served folder before the web server takes requests; refuses to start when it cannot. */
    @Bean(initMethod = "syncOnStart")
    @ConditionalOnProperty("plinth.model")
    ModelFolderSync modelFolderSync(PlinthProperties properties, SchemaEngine engine, ActiveModel active) {
        return new ModelFolderSync(properties.getModel(), engine, active);
    }

    /** Follows models applied by other instances; closed with the context, after the web server has drained. */
    @Bean(initMethod = "start", destroyMethod = "close")
    ModelChangeListener modelChangeListener(PlinthDatabase database, ActiveModel active, PlinthProperties properties) {
        return new ModelChangeListener(database.connections(), active, properties.getDb().isListen(),
                properties.getModelCheckInterval());
    }

    /** Readiness: the served model is loaded (the database's own health is Spring Boot's {@code db} indicator). */
    @Bean
    ModelHealthIndicator modelHealthIndicator(ActiveModel active) {
        return new ModelHealthIndicator(active);
    }

    /** A start that trains the class data sharing archive, then exits (see {@link TrainingRun}). */
    @Bean
    @ConditionalOnProperty("plinth.training-run")
    TrainingRun trainingRun() {
        return new TrainingRun();
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty("plinth.watch")
    ModelFolderWatcher modelFolderWatcher(ObjectProvider<ModelFolderSync> sync) throws IOException {
        ModelFolderSync folder = sync.getIfAvailable();
        if (folder == null) {
            throw new ModelStartupException("--watch needs a model folder to watch, and none was given.", List.of(),
                    "Start Plinth with --model=<dir> --watch (or PLINTH_MODEL), or without --watch.");
        }
        return new ModelFolderWatcher(folder);
    }
}
