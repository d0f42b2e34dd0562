package dev.plinth.security;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Role;
import dev.plinth.model.SourceMap;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.Unrestricted;
import dev.plinth.query.filter.Variables;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The role rules of one model version, checked and compiled once, turned into an {@link Access} for each request.
 *
 * <p>Deny by default: a caller may do only what a rule of one of its roles allows, and any rule that allows,
 * allows. For an entity and action, the rows open to the caller are the {@code or} of the applicable rules'
 * {@code where} (every row once a rule has none); a create or update must leave the row meeting the {@code or} of
 * their {@code check}s (anything once a rule has none). A member is readable when some read rule of the entity
 * opens it through its field lists ({@code id} and {@code version} always are), writable in a create or update
 * when some rule for that action does; field lists unite across rules (see {@link Grants}). Creates take the
 * create rules' presets whatever the body says. The rules' own filters are trusted: they may name any field and
 * walk relations the caller may not read. Relations the caller's requests walk (expansions, filter and sort paths)
 * are narrowed by the rules of the entity they reach, since the query stages ask this access for every entity.
 *
 * <p>Roles are taken as given: the identity layer passes {@link #anonymousRoles()} for a caller without credentials
 * and {@link #signedInRoles(Set)} for a user. {@code admin} among them lifts every restriction.
 */
public final class Permissions {

    /** Role sets whose grants are kept; past this many the cache starts over. */
    static final int MAX_CACHED_ROLE_SETS = 256;

    private final ModelIndex index;
    private final List<CompiledRule> rules;
    private final Map<Set<String>, Grants> grants = new ConcurrentHashMap<>();

    private Permissions(ModelIndex index, List<CompiledRule> rules) {
        this.index = index;
        this.rules = rules;
    }

    /**
     * Checks and compiles every rule of the indexed model's roles; throws {@link InvalidRulesException} listing each
     * rule that cannot be enforced (a {@code where} or {@code check} that does not parse or fit the model, a preset
     * that cannot be read), rather than enforcing the others without it.
     */
    public static Permissions of(ModelIndex index) {
        RuleCompiler.Result result = RuleCompiler.compile(index, SourceMap.conventional(index.model()));
        if (!result.all().isEmpty()) {
            throw new InvalidRulesException(result.all());
        }
        return new Permissions(index, result.rules());
    }

    /** The roles of a caller without credentials. */
    public static Set<String> anonymousRoles() {
        return Set.of(Role.ANONYMOUS);
    }

    /** The roles of a signed-in user holding {@code assigned}: those and {@code authenticated}, never {@code anonymous}. */
    public static Set<String> signedInRoles(Set<String> assigned) {
        Set<String> roles = new HashSet<>(assigned);
        roles.remove(Role.ANONYMOUS);
        roles.add(Role.AUTHENTICATED);
        return Set.copyOf(roles);
    }

    /** The model these permissions were compiled for. */
    public ModelIndex index() {
        return index;
    }

    /**
     * The access of a caller holding {@code roles} (built-in ones included, as the identity layer decides), whose
     * filters see {@code variables}.
     */
    public Access access(Set<String> roles, Variables variables) {
        Objects.requireNonNull(variables, "variables");
        if (roles.contains(Role.ADMIN)) {
            return new Unrestricted(variables);
        }
        return new RoleAccess(grants(roles), variables);
    }

    /**
     * What a user holding {@code role} may do with {@code action} on the entity, and why. A role of the model is
     * explained with the rules of {@code authenticated}, which every user holding it also has.
     *
     * @throws IllegalArgumentException when the role is neither built in nor a role of the model
     */
    public Explanation explain(String role, Entity entity, Action action) {
        if (!Role.BUILT_IN.contains(role) && index.model().role(role).isEmpty()) {
            throw new IllegalArgumentException("there is no role '" + role + "' in this model");
        }
        return Explainer.explain(index, grants(Explainer.rolesOf(role)), role, entity, action);
    }

    private Grants grants(Set<String> roles) {
        Set<String> key = Set.copyOf(roles);
        Grants cached = grants.get(key);
        if (cached == null) {
            if (grants.size() >= MAX_CACHED_ROLE_SETS) {
                grants.clear();
            }
            cached = grants.computeIfAbsent(key, k -> new Grants(rules, k));
        }
        return cached;
    }
}
