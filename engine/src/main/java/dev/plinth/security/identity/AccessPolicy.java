package dev.plinth.security.identity;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.Unrestricted;
import dev.plinth.query.filter.Variables;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What a set of roles may do in one model: the bridge from who the caller is to the {@link Access} the query stages
 * enforce. The roles are the caller's effective ones: {@code anonymous} alone for no credentials, otherwise
 * {@code authenticated} and the roles given to the user or API key ({@code admin} among them for an admin).
 */
@FunctionalInterface
public interface AccessPolicy {

    Access access(ModelIndex index, Set<String> roles, Variables variables);

    /** The roles' access in one model, once that model's rules are compiled. */
    @FunctionalInterface
    interface ForModel {
        Access access(Set<String> roles, Variables variables);
    }

    /**
     * A policy that compiles each served model once ({@code compile}) and answers every request from it until
     * another model version is served.
     */
    static AccessPolicy perModel(Function<ModelIndex, ForModel> compile) {
        record Compiled(ModelIndex index, ForModel policy) {
        }
        return new AccessPolicy() {
            private volatile Compiled compiled;

            @Override
            public Access access(ModelIndex index, Set<String> roles, Variables variables) {
                Compiled current = compiled;
                if (current == null || current.index() != index) {
                    current = new Compiled(index, compile.apply(index));
                    compiled = current;
                }
                return current.policy().access(roles, variables);
            }
        };
    }

    /**
     * Until role rules are enforced: {@code admin} may do everything, every other caller nothing (deny by default).
     */
    AccessPolicy ADMIN_ONLY = (index, roles, variables) -> roles.contains(Roles.ADMIN) ? everything(variables)
            : nothing(variables);

    /** Access to everything, with the caller's variables. */
    static Access everything(Variables variables) {
        return new Unrestricted(variables);
    }

    /** Access to no row, no member and no action. */
    static Access nothing(Variables variables) {
        return new Access() {
            @Override
            public Condition rows(Entity entity, Table<?> alias) {
                return DSL.falseCondition();
            }

            @Override
            public boolean canRead(Entity entity, Member member) {
                return false;
            }

            @Override
            public Variables variables() {
                return variables;
            }

            @Override
            public boolean may(Entity entity, Action action) {
                return false;
            }

            @Override
            public Condition rows(Entity entity, Action action, Table<?> alias) {
                return DSL.falseCondition();
            }

            @Override
            public boolean canWrite(Entity entity, Action action, Member member) {
                return false;
            }
        };
    }
}
