package dev.plinth.api.openapi;

import dev.plinth.model.Entity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names an entity's schemas and operations take in the document: {@code purchase_order} gives
 * {@code PurchaseOrder}, {@code PurchaseOrderCreate}, {@code listPurchaseOrder}. Names are unique across the model:
 * when {@code post} and {@code post_create} would both claim {@code PostCreate}, the later entity keeps its
 * underscores ({@code Post_Create}). They depend on the whole model, not on what a document shows, so a role's
 * document names things as the full one does.
 */
final class ComponentNames {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_ERROR = "ProblemError";
    static final String LIST_META = "ListMeta";

    private static final String CREATE = "Create";
    private static final String UPDATE = "Update";
    private static final String RESPONSE = "Response";
    private static final String LIST_RESPONSE = "ListResponse";
    private static final String BATCH_RESPONSE = "BatchResponse";
    private static final List<String> SUFFIXES = List.of("", CREATE, UPDATE, RESPONSE, LIST_RESPONSE, BATCH_RESPONSE);

    private final Map<String, String> bases = new HashMap<>();

    ComponentNames(List<Entity> entities) {
        Set<String> taken = new HashSet<>(Set.of(PROBLEM, PROBLEM_ERROR, LIST_META));
        for (Entity entity : entities) {
            String base = Stream.of(pascal(entity.name(), ""), pascal(entity.name(), "_"), "Entity_" + entity.name())
                    .filter(candidate -> SUFFIXES.stream().noneMatch(suffix -> taken.contains(candidate + suffix)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no free schema name for entity " + entity.name()));
            SUFFIXES.forEach(suffix -> taken.add(base + suffix));
            bases.put(entity.name(), base);
        }
    }

    /** The schema of a row as the API returns it. */
    String row(Entity entity) {
        return base(entity);
    }

    /** The body of a create (and of a full replace): required fields required. */
    String create(Entity entity) {
        return base(entity) + CREATE;
    }

    /** The body of a partial update: nothing required. */
    String update(Entity entity) {
        return base(entity) + UPDATE;
    }

    /** {@code {"data": row}}. */
    String response(Entity entity) {
        return base(entity) + RESPONSE;
    }

    /** {@code {"data": [rows], "meta": {...}}}. */
    String listResponse(Entity entity) {
        return base(entity) + LIST_RESPONSE;
    }

    /** {@code {"data": [rows]}}, the answer to a create of many rows. */
    String batchResponse(Entity entity) {
        return base(entity) + BATCH_RESPONSE;
    }

    /** {@code listPost}, {@code getPost}, ...: the verbs start with different letters, so ids never clash. */
    String operationId(String verb, Entity entity) {
        return verb + base(entity);
    }

    private String base(Entity entity) {
        String base = bases.get(entity.name());
        if (base == null) {
            throw new IllegalArgumentException("entity " + entity.name() + " is not in the model");
        }
        return base;
    }

    /** {@code purchase_order} becomes {@code PurchaseOrder} (separator "") or {@code Purchase_Order} (separator "_"). */
    private static String pascal(String name, String separator) {
        StringBuilder pascal = new StringBuilder();
        String[] parts = name.split("_", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pascal.append(separator);
            }
            if (!parts[i].isEmpty()) {
                pascal.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
            }
        }
        return pascal.toString();
    }
}
