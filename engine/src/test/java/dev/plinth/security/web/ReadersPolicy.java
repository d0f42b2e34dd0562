package dev.plinth.security.web;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.filter.Variables;
import dev.plinth.security.identity.AccessPolicy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A stand-in for the model's role rules in these tests: {@code admin} may do everything, anyone else (anonymous
 * included) may read authors and nothing more. Remembers the roles and variables of the last request.
 */
@Configuration(proxyBeanMethods = false)
class ReadersPolicy {

    record Asked(Set<String> roles, Variables variables) {
    }

    static final AtomicReference<Asked> LAST = new AtomicReference<>();

    @Bean
    AccessPolicy accessPolicy() {
        return (index, roles, variables) -> {
            LAST.set(new Asked(roles, variables));
            return roles.contains("admin") ? AccessPolicy.everything(variables) : readAuthors(variables);
        };
    }

    private static Access readAuthors(Variables variables) {
        return new Access() {
            @Override
            public Condition rows(Entity entity, Table<?> alias) {
                return entity.name().equals("author") ? DSL.noCondition() : DSL.falseCondition();
            }

            @Override
            public boolean canRead(Entity entity, Member member) {
                return entity.name().equals("author");
            }

            @Override
            public Variables variables() {
                return variables;
            }

            @Override
            public boolean may(Entity entity, Action action) {
                return action == Action.READ && entity.name().equals("author");
            }

            @Override
            public boolean canWrite(Entity entity, Action action, Member member) {
                return false;
            }
        };
    }
}
