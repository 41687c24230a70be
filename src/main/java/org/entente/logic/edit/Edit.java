package org.entente.logic.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * One edit of a dataset as the user sees it ("delete actor Japan"): the item changes it makes, everything
 * removed along with them included, so that {@link #inverse()} restores it all. Edits never change a
 * dataset; {@link #applyTo} makes the next one. Made by {@link DatasetEdits}.
 *
 * @param name        what the edit did, for Edit → Undo ("delete tie Japan → NSATU")
 * @param header      the title and description before and after, or null when the edit leaves them
 * @param consequence what the edit removes or changes besides the item named ("deleting Japan also removes
 *                    54 ties and its place in 31 events"); empty when nothing
 */
public record Edit(String name, List<ItemChange> changes, HeaderChange header, String consequence) {

    /** A change of the dataset's title and description. */
    public record HeaderChange(String titleBefore, String descriptionBefore, String titleAfter, String descriptionAfter) {
        HeaderChange inverse() {
            return new HeaderChange(titleAfter, descriptionAfter, titleBefore, descriptionBefore);
        }
    }

    public Edit {
        changes = List.copyOf(changes);
        consequence = consequence == null ? "" : consequence;
    }

    /**
     * Several edits made one after another (each made on the dataset the previous one produced) as one step
     * named {@code name}: a paste of many rows is undone at once.
     */
    public static Edit sequence(String name, List<Edit> edits) {
        List<ItemChange> all = new ArrayList<>();
        HeaderChange header = null;
        List<String> consequences = new ArrayList<>();
        for (Edit e : edits) {
            all.addAll(e.changes());
            if (e.header() != null) header = header == null ? e.header()
                    : new HeaderChange(header.titleBefore(), header.descriptionBefore(), e.header().titleAfter(), e.header().descriptionAfter());
            if (!e.consequence().isEmpty()) consequences.add(e.consequence());
        }
        return new Edit(name, all, header, String.join("; ", consequences));
    }

    /** The edit that takes this one back: the inverse changes in reverse order, under the same name. */
    public Edit inverse() {
        List<ItemChange> back = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) back.add(changes.get(i).inverse());
        return new Edit(name, back, header == null ? null : header.inverse(), consequence);
    }

    /** The ids this edit adds, removes and changes, for views that follow incrementally. */
    public DatasetChange change() {
        return DatasetChange.of(changes, header != null);
    }

    /** The dataset after this edit; {@code d} itself is unchanged. */
    public Dataset applyTo(Dataset d) {
        Map<ItemKind, List<Object>> lists = new EnumMap<>(ItemKind.class);
        lists.put(ItemKind.SOURCE, new ArrayList<>(d.sources()));
        lists.put(ItemKind.ACTOR, new ArrayList<>(d.actors()));
        lists.put(ItemKind.RELATION, new ArrayList<>(d.relations()));
        lists.put(ItemKind.EVENT, new ArrayList<>(d.events()));
        lists.put(ItemKind.DISPUTE, new ArrayList<>(d.disputes()));
        Map<String, Map<String, String>> extras = d.extras();
        for (ItemChange c : changes) {
            List<Object> list = lists.get(c.kind());
            String key = Dataset.extrasKey(c.kind().list(), c.id());
            if (c.isAddition()) {
                list.add(Math.min(Math.max(c.index(), 0), list.size()), c.after());
                if (!c.extras().isEmpty()) {
                    extras = new HashMap<>(extras);
                    extras.put(key, c.extras());
                }
            } else {
                int at = indexOf(list, c.kind(), c.id(), c.index());
                if (at < 0) throw new IllegalStateException("no " + c.kind().noun() + " '" + c.id() + "' to " + (c.isRemoval() ? "remove" : "change"));
                if (c.isRemoval()) {
                    list.remove(at);
                    if (extras.containsKey(key)) {
                        extras = new HashMap<>(extras);
                        extras.remove(key);
                    }
                } else {
                    list.set(at, c.after());
                }
            }
        }
        String title = header == null ? d.title() : header.titleAfter();
        String description = header == null ? d.description() : header.descriptionAfter();
        return new Dataset(d.schema(), title, description, cast(lists.get(ItemKind.SOURCE)), cast(lists.get(ItemKind.ACTOR)),
                cast(lists.get(ItemKind.RELATION)), cast(lists.get(ItemKind.EVENT)), cast(lists.get(ItemKind.DISPUTE)), extras);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> list) {
        return (List<T>) (List<?>) list;
    }

    private static int indexOf(List<Object> list, ItemKind kind, String id, int hint) {
        if (hint >= 0 && hint < list.size() && Objects.equals(idOf(kind, list.get(hint)), id)) return hint;
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(idOf(kind, list.get(i)), id)) return i;
        }
        return -1;
    }

    static String idOf(ItemKind kind, Object item) {
        return switch (kind) {
            case SOURCE -> ((Source) item).id();
            case ACTOR -> ((Actor) item).id();
            case RELATION -> ((Relation) item).id();
            case EVENT -> ((Event) item).id();
            case DISPUTE -> ((Dispute) item).id();
        };
    }
}
