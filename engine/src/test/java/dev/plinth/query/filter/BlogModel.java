package dev.plinth.query.filter;

import static dev.plinth.testing.Models.decimal;
import static dev.plinth.testing.Models.entity;
import static dev.plinth.testing.Models.enumeration;
import static dev.plinth.testing.Models.field;
import static dev.plinth.testing.Models.model;
import static dev.plinth.testing.Models.reference;
import static dev.plinth.testing.Models.references;

import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.OnDelete;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.query.ModelIndex;

/**
 * The model the filter tests run against: a blog with a field of every type on {@code post}, a reference with an
 * inverse ({@code post.author}, inverse {@code author.posts}), a many-to-many ({@code post.tags}), a second inverse
 * ({@code comment.post}, inverse {@code post.comments}) and a reference two hops away
 * ({@code author.company}, inverse {@code company.staff}).
 */
final class BlogModel {

    static final Model MODEL = model("blog")
            .with(entity("ec", "company")
                    .field(field("fc1", "name", FieldTypes.STRING)))
            .with(entity("ea", "author")
                    .field(field("fa1", "name", FieldTypes.STRING).withRequired(true))
                    .field(field("fa2", "email", FieldTypes.EMAIL))
                    .field(reference("fa3", "company", "company", OnDelete.SET_NULL).withInverse("staff")))
            .with(entity("et", "tag")
                    .field(field("ft1", "name", FieldTypes.STRING).withRequired(true)))
            .with(entity("ep", "post")
                    .field(field("fp1", "title", FieldTypes.STRING).withLength(null, 200))
                    .field(field("fp2", "body", FieldTypes.TEXT))
                    .field(enumeration("fp3", "status", "draft", "published", "archived"))
                    .field(decimal("fp4", "rating", 3, 1))
                    .field(field("fp5", "likes", FieldTypes.INTEGER))
                    .field(field("fp6", "views", FieldTypes.LONG))
                    .field(field("fp7", "featured", FieldTypes.BOOLEAN))
                    .field(field("fp8", "publishedAt", FieldTypes.DATETIME))
                    .field(field("fp9", "publishDay", FieldTypes.DATE))
                    .field(field("fp10", "publishTime", FieldTypes.TIME))
                    .field(field("fp11", "externalId", FieldTypes.UUID))
                    .field(field("fp12", "contact", FieldTypes.EMAIL))
                    .field(field("fp13", "link", FieldTypes.URL))
                    .field(field("fp14", "extra", FieldTypes.JSON))
                    .field(reference("fp15", "author", "author", OnDelete.SET_NULL).withInverse("posts"))
                    .field(references("fp16", "tags", "tag")))
            .with(entity("em", "comment")
                    .field(field("fm1", "body", FieldTypes.TEXT))
                    .field(reference("fm2", "post", "post", OnDelete.CASCADE).withInverse("comments")))
            .build();

    static final ModelIndex INDEX = new ModelIndex(MODEL);

    private BlogModel() {
    }

    static Entity named(String name) {
        return MODEL.entity(name).orElseThrow();
    }

    static Entity post() {
        return named("post");
    }
}
