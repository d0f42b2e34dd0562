package dev.plinth.api;

import dev.plinth.database.PlinthDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The engine's application for the API scenarios, with one addition: the data source the API queries through counts
 * every statement it prepares, so a test can say how many SQL statements a request ran.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ApiTestApp {

    /** Statements prepared through the application's data source since the last {@link #reset}. */
    static final class StatementCount {

        private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

        private final AtomicInteger count = new AtomicInteger();

        int reset() {
            return count.getAndSet(0);
        }

        int get() {
            return count.get();
        }

        DataSource counting(DataSource target) {
            return proxy(DataSource.class, target, (method, result) -> method.equals("getConnection")
                    ? proxy(Connection.class, result, (inner, statement) -> {
                        if (STATEMENTS.contains(inner)) {
                            count.incrementAndGet();
                        }
                        return statement;
                    })
                    : result);
        }

        private interface AfterCall {
            Object after(String method, Object result);
        }

        private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                try {
                    return after.after(method.getName(), method.invoke(target, args));
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }));
        }
    }

    @Bean
    StatementCount statementCount() {
        return new StatementCount();
    }

    /** Replaces the engine's own data source bean (which it only defines when there is none). */
    @Bean
    DataSource dataSource(PlinthDatabase database, StatementCount statements) {
        return statements.counting(database.dataSource());
    }
}
