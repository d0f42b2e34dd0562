package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves the names of a path, one entity after the other, through {@link ModelIndex}. */
final class PathResolver {

    /**
     * A resolved path.
     *
     * @param crossed the relations the path goes through before its last name, in order
     * @param last    the member its last name is
     */
    record Walk(List<Member> crossed, Member last) {
        Walk {
            crossed = List.copyOf(crossed);
        }
    }

    private final ModelIndex index;

    PathResolver(ModelIndex index) {
        this.index = index;
    }

    /** The walk along {@code path} from {@code root}, or empty after adding the problem to {@code problems}. */
    Optional<Walk> resolve(Entity root, Path path, List<FilterProblem> problems) {
        Entity entity = root;
        List<Member> crossed = new ArrayList<>();
        List<String> names = path.segments();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<Member> member = index.member(entity, name);
            if (member.isEmpty()) {
                problems.add(new FilterProblem(FilterProblem.UNKNOWN_FIELD, path.position(i),
                        entity.name() + " has no field '" + name + "'" + hint(entity, name)));
                return Optional.empty();
            }
            if (i == names.size() - 1) {
                return Optional.of(new Walk(crossed, member.get()));
            }
            if (member.get() instanceof Member.Scalar scalar) {
                problems.add(new FilterProblem(FilterProblem.NOT_A_RELATION, path.position(i), "'" + name + "' is "
                        + Terminal.kind(scalar) + " of " + entity.name() + ", not a relation: '" + path + "' cannot go past it"));
                return Optional.empty();
            }
            crossed.add(member.get());
            entity = target(member.get());
        }
        throw new IllegalStateException("a path has at least one name");
    }

    static Entity target(Member relation) {
        if (relation instanceof Member.ToOne one) {
            return one.target();
        }
        return ((Member.ToMany) relation).target();
    }

    private String hint(Entity entity, String name) {
        return Suggestion.closest(name, index.members(entity).stream().map(Member::name).toList())
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("");
    }
}
