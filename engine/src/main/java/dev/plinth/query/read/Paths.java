package dev.plinth.query.read;

import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.Shown;
import java.util.ArrayList;
import java.util.List;

/** Resolving dotted member paths ({@code author.company.name}) of sort, fields and expand parameters. */
final class Paths {

    private Paths() {
    }

    /** The members along {@code path}, from {@code entity}: every step but the last is a relation. */
    static List<Member> resolve(ModelIndex index, Entity entity, String path, String parameter, Access access) {
        if (path.isEmpty()) {
            throw QueryException.invalidParameter(parameter, parameter + ".empty", parameter
                    + " lists an empty name; separate names with single commas");
        }
        String[] segments = path.split("\\.", -1);
        if (segments.length > QueryLimits.MAX_EXPAND_DEPTH + 1) {
            throw QueryException.invalidParameter(parameter, parameter + ".too-deep", "'" + Shown.shortened(path)
                    + "' goes more than " + QueryLimits.MAX_EXPAND_DEPTH + " relations deep");
        }
        List<Member> members = new ArrayList<>();
        Entity current = entity;
        for (int i = 0; i < segments.length; i++) {
            String name = segments[i];
            Member member = current == null ? null : index.member(current, name)
                    .filter(m -> access.canRead(currentOf(index, entity, members), m)).orElse(null);
            if (member == null) {
                throw QueryException.invalidParameter(parameter, parameter + ".unknown", (current == null ? "" :
                        current.name() + " has no field '" + Shown.shortened(name) + "'") + (segments.length > 1
                        ? " (in '" + Shown.shortened(path) + "')" : ""));
            }
            members.add(member);
            if (i < segments.length - 1) {
                current = target(member);
                if (current == null) {
                    throw QueryException.invalidParameter(parameter, parameter + ".not-a-relation", "'" + name
                            + "' is not a relation, so '" + Shown.shortened(path) + "' does not lead anywhere");
                }
            }
        }
        return members;
    }

    private static Entity currentOf(ModelIndex index, Entity root, List<Member> walked) {
        return walked.isEmpty() ? root : target(walked.get(walked.size() - 1));
    }

    /** The entity a relation leads to, or {@code null} for a scalar. */
    static Entity target(Member member) {
        if (member instanceof Member.ToOne one) {
            return one.target();
        }
        return member instanceof Member.ToMany many ? many.target() : null;
    }

    static void checkLength(String parameter, String text) {
        if (text.length() > QueryLimits.MAX_PARAMETER_LENGTH) {
            throw QueryException.invalidParameter(parameter, "parameter.too-long", parameter + " is longer than "
                    + QueryLimits.MAX_PARAMETER_LENGTH + " characters");
        }
    }
}
