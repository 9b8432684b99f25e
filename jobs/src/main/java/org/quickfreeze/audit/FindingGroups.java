package org.quickfreeze.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.RequestType;

/**
 * The groups that the statistics since records began and the figures of the period both
 * list, in this order: {@code all}; {@code direction}, both always; {@code counterpart},
 * every one that has a preservation, an excluded one included, so that a counterpart
 * whose requests were all withdrawn still shows with nothing counted;
 * {@code request_type}, both preservation types always.
 *
 * @param <G> what a group adds up
 */
final class FindingGroups<G> {

    /** Takes the groups in table order. */
    interface Visitor<G> {

        void visit(String group, String value, G figures);

    }

    private final Supplier<G> newGroup;

    private final Map<String, Map<String, G>> groups = new LinkedHashMap<>();

    FindingGroups(Supplier<G> newGroup) {
        this.newGroup = newGroup;
        groups.put("all", new LinkedHashMap<>());
        groups.get("all").put("all", newGroup.get());
        groups.put("direction", new LinkedHashMap<>());
        for (Direction d : Direction.values()) {
            groups.get("direction").put(d.name(), newGroup.get());
        }
        groups.put("counterpart", new TreeMap<>());
        groups.put("request_type", new LinkedHashMap<>());
        for (RequestType t : RequestType.values()) {
            if (t.isPreservation()) {
                groups.get("request_type").put(t.name(), newGroup.get());
            }
        }
    }

    /**
     * The groups a preservation counts in: none when it is excluded, though its
     * counterpart is listed.
     */
    List<G> of(FindingRow f) {
        G counterpart = group("counterpart", f.counterpart());
        if (State.valueOf(f.state()) == State.EXCLUDED) {
            return List.of();
        }
        return List.of(group("all", "all"), group("direction", f.direction()), counterpart,
                group("request_type", f.requestType()));
    }

    void forEach(Visitor<G> visitor) {
        groups.forEach((group, values) -> values.forEach((value, g) -> visitor.visit(group, value, g)));
    }

    private G group(String group, String value) {
        return groups.get(group).computeIfAbsent(value, v -> newGroup.get());
    }

}
