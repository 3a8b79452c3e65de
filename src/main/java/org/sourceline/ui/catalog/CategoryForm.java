package org.sourceline.ui.catalog;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.ui.edit.Edit;

/** A category: its name, its English name, and the colour of its lane. */
public final class CategoryForm extends EntryForm<Category> {
    private final Predicate<String> idTaken;
    private final StringProperty label;
    private final StringProperty labelEn;
    private final StringProperty color;

    /**
     * @param original     the category to correct; null for a new one
     * @param idTaken      whether a category id is in use already
     * @param colorsInUse  the colours of the store's categories: a new one takes a colour none of them has
     */
    public CategoryForm(Locale locale, Category original, Predicate<String> idTaken, Collection<String> colorsInUse) {
        super(locale, original);
        this.idTaken = idTaken;
        label = field("label", Type.LINE, original == null ? "" : original.label());
        labelEn = field("label_en", Type.LINE, original == null ? "" : original.labelEn());
        color = field("color", Type.COLOR, original == null ? Category.freeColor("", colorsInUse) : original.color());
        watch();
    }

    @Override
    protected Category draft(Map<String, String> found) {
        String l = emptyToNull(label.get());
        Rules.required("label", l).ifPresent(v -> report(found, v));
        String c = emptyToNull(color.get());
        Rules.required("color", c).or(() -> Rules.color("color", c)).ifPresent(v -> report(found, v));
        Rules.optional("label_en", emptyToNull(labelEn.get())).ifPresent(v -> report(found, v));
        if (l == null || !found.isEmpty()) {
            return null;
        }
        String id = original != null ? original.id() : Slug.unique(l, "category", idTaken);
        Category category = new Category(id, l, emptyToNull(labelEn.get()), c.toLowerCase(Locale.ROOT));
        report(found, Rules.category(category));
        return category;
    }

    @Override
    protected Change change(Category before, Category after) {
        return new Change.OfCategory(before, after);
    }

    @Override
    protected String subject(Category value) {
        return value.label(locale);
    }

    @Override
    protected String idOf(Category value) {
        return value.id();
    }

    @Override
    public String heading() {
        return original == null ? messages.get("catalog.new.category") : original.label(locale);
    }

    @Override
    protected Edit.Kind createKind() {
        return Edit.Kind.CREATE_CATEGORY;
    }

    @Override
    protected Edit.Kind editKind() {
        return Edit.Kind.EDIT_CATEGORY;
    }

    @Override
    protected Edit.Kind deleteKind() {
        return Edit.Kind.DELETE_CATEGORY;
    }
}
