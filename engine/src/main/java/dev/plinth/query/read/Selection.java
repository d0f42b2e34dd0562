package dev.plinth.query.read;

import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import java.util.List;
import java.util.Map;

/**
 * What a read returns of each row of one entity: the members in output order, and for each expanded relation, the
 * selection of its rows. A relation listed without an expansion is returned as ids.
 *
 * @param entity   the entity the rows belong to
 * @param members  the members to return, in order
 * @param expanded the embedded relations, by member name
 */
public record Selection(Entity entity, List<Member> members, Map<String, Selection> expanded) {

    public Selection {
        members = List.copyOf(members);
        expanded = Map.copyOf(expanded);
    }

    /**
     * The members and expansions as text, such as {@code id,title,author{id,name}}: equal for two selections of one
     * entity exactly when they read the same.
     */
    public String signature() {
        StringBuilder text = new StringBuilder();
        appendSignature(text);
        return text.toString();
    }

    private void appendSignature(StringBuilder text) {
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String name = members.get(i).name();
            text.append(name);
            Selection embedded = expanded.get(name);
            if (embedded != null) {
                text.append('{');
                embedded.appendSignature(text);
                text.append('}');
            }
        }
    }

    /** How deep the expansions nest below this selection. */
    public int depth() {
        return expanded.values().stream().mapToInt(s -> s.depth() + 1).max().orElse(0);
    }
}
