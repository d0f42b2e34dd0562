package dev.plinth.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.model.SourceMap;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.filter.CheckedFilter;
import dev.plinth.query.filter.FilterException;
import dev.plinth.query.filter.FilterProblem;
import dev.plinth.query.filter.Filters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every rule of every role against the indexed model and compiles what passes. Two kinds of problems come
 * out: those only this check finds ({@code where} and {@code check} that do not parse or fit the model, presets of
 * to-many fields), and those {@link dev.plinth.model.ModelValidator} reports already (an empty filter, a preset
 * that is not a value of its field) but that still keep a rule from being enforced.
 */
final class RuleCompiler {

    /**
     * @param rules       the rules that compiled, in role order, then file order
     * @param problems    what is wrong that only this check finds
     * @param validated   what is wrong that the model validator reports too
     */
    record Result(List<CompiledRule> rules, List<Problem> problems, List<Problem> validated) {

        /** Every problem, in role and rule order as far as each list goes. */
        List<Problem> all() {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(validated);
            return all;
        }
    }

    private final ModelIndex index;
    private final List<CompiledRule> rules = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> validated = new ArrayList<>();

    private RuleCompiler(ModelIndex index) {
        this.index = index;
    }

    static Result compile(ModelIndex index, SourceMap sources) {
        RuleCompiler compiler = new RuleCompiler(index);
        List<Role> roles = index.model().roles();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            String file = i < sources.roleFiles().size() ? sources.roleFiles().get(i) : SourceMap.roleFile(role.name());
            for (int r = 0; r < role.rules().size(); r++) {
                compiler.compile(role, r, file);
            }
        }
        return new Result(List.copyOf(compiler.rules), List.copyOf(compiler.problems),
                List.copyOf(compiler.validated));
    }

    private void compile(Role role, int number, String file) {
        Rule rule = role.rules().get(number);
        Entity entity = rule.entity() == null ? null : index.entity(rule.entity()).orElse(null);
        if (entity == null) {
            return; // the model validator names the unknown entity; such a rule opens nothing
        }
        String pointer = "/rules/" + number;
        int before = problems.size() + validated.size();
        CheckedFilter where = filter(rule.where(), entity, file, pointer + "/where", "row filter");
        CheckedFilter check = filter(rule.check(), entity, file, pointer + "/check", "check");
        Map<Member, Preset> presets = presets(rule, entity, file, pointer + "/preset/");
        if (problems.size() + validated.size() == before) {
            rules.add(new CompiledRule(role.name(), number, rule, entity, where, check,
                    FieldRules.reads(rule.fields()), FieldRules.writes(rule.fields()), presets));
        }
    }

    private CheckedFilter filter(String text, Entity entity, String file, String pointer, String what) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            validated.add(new Problem(file, pointer, "the " + what + " is empty"));
            return null;
        }
        try {
            return Filters.check(text, index, entity);
        } catch (FilterException e) {
            for (FilterProblem problem : e.problems()) {
                problems.add(new Problem(file, pointer, "the " + what + " '" + shorten(text) + "' is not valid: "
                        + problem.message() + " (at character " + problem.position() + ", " + problem.code() + ")"));
            }
            return null;
        }
    }

    private Map<Member, Preset> presets(Rule rule, Entity entity, String file, String pointer) {
        Map<Member, Preset> presets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> preset : rule.preset().entrySet()) {
            String name = preset.getKey();
            Field field = entity.field(name).orElse(null);
            Member member = field == null ? null : index.member(entity, name).orElse(null);
            if (member == null || field.type() == null) {
                validated.add(new Problem(file, pointer + name, "the entity '" + entity.name()
                        + "' has no field named '" + name + "' to preset"));
            } else if (member instanceof Member.ToMany) {
                problems.add(new Problem(file, pointer + name, "'" + name + "' links many rows; presets fill"
                        + " fields that hold one value, so set it in the body instead"));
            } else {
                try {
                    presets.put(member, Preset.read(field, preset.getValue()));
                } catch (InvalidValueException e) {
                    validated.add(new Problem(file, pointer + name, "the preset of '" + name + "' " + e.getMessage()));
                }
            }
        }
        return presets;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
