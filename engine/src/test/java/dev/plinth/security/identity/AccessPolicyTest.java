package dev.plinth.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.model.Model;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.filter.Variables;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Variables ANONYMOUS = Variables.anonymous(OffsetDateTime.parse("2030-01-01T00:00:00Z"));

    @Test
    void aPerModelPolicyCompilesEachServedModelOnce() {
        List<ModelIndex> compiled = new ArrayList<>();
        AccessPolicy policy = AccessPolicy.perModel(index -> {
            compiled.add(index);
            return (roles, variables) -> Access.ALL;
        });
        ModelIndex first = new ModelIndex(Model.empty());
        ModelIndex second = new ModelIndex(Model.empty());

        policy.access(first, Set.of("anonymous"), ANONYMOUS);
        policy.access(first, Set.of("admin"), ANONYMOUS);
        policy.access(second, Set.of("anonymous"), ANONYMOUS);

        assertThat(compiled).containsExactly(first, second);
    }

    @Test
    void untilRulesAreEnforcedOnlyAdminsMayDoAnything() {
        ModelIndex index = new ModelIndex(Model.empty());

        Access admin = AccessPolicy.ADMIN_ONLY.access(index, Set.of("admin", "authenticated"), ANONYMOUS);
        Access editor = AccessPolicy.ADMIN_ONLY.access(index, Set.of("authenticated", "editor"), ANONYMOUS);

        assertThat(admin.rows(null, DSL.table("t"))).isEqualTo(DSL.noCondition());
        assertThat(admin.variables()).isSameAs(ANONYMOUS);
        assertThat(editor.rows(null, DSL.table("t"))).isEqualTo(DSL.falseCondition());
        assertThat(editor.may(null, dev.plinth.model.Action.READ)).isFalse();
        assertThat(editor.canRead(null, null)).isFalse();
    }
}
