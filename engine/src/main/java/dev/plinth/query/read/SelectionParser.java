package dev.plinth.query.read;

import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.Shown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code fields} and {@code expand} into a {@link Selection}. Without {@code fields} a row returns every member
 * but inverse relations; with it, the listed members plus {@code id} and {@code version}, which every row carries.
 * A path in {@code fields} through a relation ({@code author.name}) embeds that relation with the listed members.
 */
final class SelectionParser {

    /** A selection being built: the listed names ({@code null} = all) and the embedded relations. */
    private static final class Node {
        final Entity entity;
        Set<String> listed;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(Entity entity, Set<String> listed) {
            this.entity = entity;
            this.listed = listed;
        }
    }

    private SelectionParser() {
    }

    static Selection parse(ModelIndex index, Entity entity, String fields, String expand, Access access) {
        Node root = new Node(entity, fields == null || fields.isBlank() ? null : new LinkedHashSet<>());
        int relations = 0;
        if (root.listed != null) {
            Paths.checkLength("fields", fields);
            String[] items = fields.split(",", -1);
            if (items.length > QueryLimits.MAX_FIELDS) {
                throw QueryException.invalidParameter("fields", "fields.too-many", "fields lists more than "
                        + QueryLimits.MAX_FIELDS + " names");
            }
            for (String item : items) {
                List<Member> path = Paths.resolve(index, entity, item.strip(), "fields", access);
                Node node = root;
                for (int i = 0; i < path.size(); i++) {
                    Member member = path.get(i);
                    if (node.listed != null) {
                        node.listed.add(member.name());
                    }
                    if (i < path.size() - 1) {
                        Entity target = Paths.target(member);
                        node = node.children.computeIfAbsent(member.name(), n -> new Node(target, new LinkedHashSet<>()));
                    }
                }
            }
        }
        if (expand != null && !expand.isBlank()) {
            Paths.checkLength("expand", expand);
            for (String item : expand.split(",", -1)) {
                String path = item.strip();
                List<Member> members = Paths.resolve(index, entity, path, "expand", access);
                if (members.size() > QueryLimits.MAX_EXPAND_DEPTH) {
                    throw QueryException.invalidParameter("expand", "expand.too-deep", "'" + Shown.shortened(path)
                            + "' expands more than " + QueryLimits.MAX_EXPAND_DEPTH + " relations deep");
                }
                Node node = root;
                for (Member member : members) {
                    Entity target = Paths.target(member);
                    if (target == null) {
                        throw QueryException.invalidParameter("expand", "expand.not-a-relation", "'" + member.name()
                                + "' is not a relation, so it cannot be expanded (in '" + Shown.shortened(path) + "')");
                    }
                    if (node.listed != null) {
                        node.listed.add(member.name());
                    }
                    Node child = node.children.get(member.name());
                    if (child == null) {
                        child = new Node(target, null);
                        node.children.put(member.name(), child);
                        relations++;
                    }
                    node = child;
                }
            }
        }
        if (relations > QueryLimits.MAX_EXPANSIONS) {
            throw QueryException.invalidParameter("expand", "expand.too-many", "expand at most "
                    + QueryLimits.MAX_EXPANSIONS + " relations, not " + relations);
        }
        return build(index, root, access);
    }

    private static Selection build(ModelIndex index, Node node, Access access) {
        List<Member> members = new ArrayList<>();
        for (Member member : index.members(node.entity)) {
            boolean wanted = node.listed == null
                    ? !(member instanceof Member.ToMany many && !many.isManyToMany()) || node.children.containsKey(member.name())
                    : node.listed.contains(member.name()) || member.name().equals("id") || member.name().equals("version");
            if (wanted && access.canRead(node.entity, member)) {
                members.add(member);
            }
        }
        Map<String, Selection> expanded = new LinkedHashMap<>();
        node.children.forEach((name, child) -> expanded.put(name, build(index, child, access)));
        return new Selection(node.entity, members, expanded);
    }
}
