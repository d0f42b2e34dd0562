package dev.plinth.model;

import static dev.plinth.model.ModelFolderFixture.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.model.type.FieldTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model folders, broken and valid, loaded with {@link ModelFolder#load}. A broken case lists every problem
 * exactly as {@code file:pointer: message}, in the order load returns them, so a changed message, location or
 * order fails the test; {@code {folder}} stands for the folder's path.
 */
class ModelValidationTest {

    private static final String TITLE = "{'name': 'title', 'type': 'string'}";

    @TempDir
    Path dir;

    /** Files that are not JSON objects, and a folder without plinth.json. */
    static Stream<Arguments> files() {
        return Stream.of(
                broken("invalid JSON: a missing comma", model().file("entities/post.json", "{\n  \"name\": \"post\"\n  \"fields\": []\n}\n"),
                        "entities/post.json:/: is not valid JSON: line 3, column 3: a comma is missing before this point, or a } to close the object"),
                broken("invalid JSON: a comma too many", model().file("entities/post.json", "{\"name\": \"post\", \"fields\": [],}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 31: a property name is expected after the comma before this point; remove that comma if the object ends here"),
                broken("invalid JSON: an object left open", model().file("entities/post.json", "{\"name\": \"post\", \"fields\": ["),
                        "entities/post.json:/: is not valid JSON: line 1, column 29: the file ends before the [ opened at line 1, column 28 is closed with ]"),
                broken("invalid JSON: single quotes", model().file("entities/post.json", "{'name': 'post', 'fields': []}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 2: names and texts must be in double quotes (\"), not single quotes (')"),
                broken("invalid JSON: a word without quotes", model().file("entities/post.json", "{\"name\": post, \"fields\": []}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 10: 'post' is not a JSON value: write text in double quotes, and true, false and null in lowercase"),
                broken("invalid JSON: a } too many", model().file("entities/post.json", "{\"name\": \"post\", \"fields\": []}}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 31: there is a } too many here"),
                broken("invalid JSON: a second object", model().file("entities/post.json", "{\"name\": \"post\", \"fields\": []}\n{}"),
                        "entities/post.json:/: is not valid JSON: line 2, column 1: there is more after the end of the JSON object; a file holds exactly one object"),
                broken("invalid JSON: a list closed with }", model().file("entities/post.json", "{\n  \"name\": \"post\",\n  \"fields\": [\n}"),
                        "entities/post.json:/: is not valid JSON: line 4, column 1: expected ] to close the [ opened at line 3, column 13, not }"),
                broken("invalid JSON: a missing colon", model().file("entities/post.json", "{\"name\" \"post\", \"fields\": []}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 9: a colon (:) is missing between a property name and its value"),
                broken("invalid JSON: a value missing", model().file("entities/post.json", "{\"name\": \"post\", \"fields\": [1,]}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 31: a value is missing before this ]; is there a comma too many?"),
                broken("invalid JSON: a line break in a text", model().file("entities/post.json", "{\"name\": \"po\nst\", \"fields\": []}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 13: a text in double quotes runs past the end of its line: close it with \" on the same line, or write \\n for a line break"),
                broken("invalid JSON: a comment", model().file("entities/post.json", "// posts\n{\"name\": \"post\", \"fields\": []}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 1: JSON does not allow comments; use a \"description\" property instead"),
                broken("invalid JSON: a number with a leading zero", model().file("entities/post.json", "{\"name\": \"post\", \"fields\": [{\"name\": \"n\", \"type\": \"integer\", \"default\": 007}]}"),
                        "entities/post.json:/: is not valid JSON: line 1, column 74: this number is not written as JSON requires (leading zeroes not allowed)"),
                broken("an empty file", model().file("entities/post.json", ""),
                        "entities/post.json:/: the file is empty; it should hold a JSON object"),
                broken("a file of blanks", model().file("roles/editor.json", " \n\t\n"),
                        "roles/editor.json:/: the file is empty; it should hold a JSON object"),
                broken("a duplicate JSON key", model().file("entities/post.json", "{\n  \"name\": \"post\",\n  \"name\": \"article\",\n  \"fields\": []\n}"),
                        "entities/post.json:/: is not valid JSON: line 3: the property 'name' appears twice in the same object; keep only one"),
                broken("a file holding an array", model().entity("post", "[]"),
                        "entities/post.json:/: should be an object, not a list"),
                broken("no plinth.json", model().noSettings().fields("post", TITLE),
                        "plinth.json:/: the model folder {folder} has no plinth.json")
        );
    }

    /** Files that break their JSON Schema; problems of one file come in pointer order. */
    static Stream<Arguments> schemas() {
        return Stream.of(
                broken("formatVersion 2", model().settings("{'name': 'blog', 'formatVersion': 2}"),
                        "plinth.json:/formatVersion: should be 1, not 2"),
                broken("formatVersion missing", model().settings("{'name': 'blog'}"),
                        "plinth.json:/: the property 'formatVersion' is missing"),
                broken("formatVersion as text", model().settings("{'name': 'blog', 'formatVersion': '1'}"),
                        "plinth.json:/formatVersion: should be 1, not '1'"),
                broken("unknown property in plinth.json", model().settings("{'name': 'blog', 'formatVersion': 1, 'colour': 'red'}"),
                        "plinth.json:/colour: 'colour' is not a known property here"),
                broken("unknown property in an entity", model().entity("post", "{'name': 'post', 'fields': [], 'colour': 'red'}"),
                        "entities/post.json:/colour: 'colour' is not a known property here"),
                broken("unknown property in a field", model().fields("post", "{'name': 'title', 'type': 'string', 'maxlength': 10}"),
                        "entities/post.json:/fields/0/maxlength: 'maxlength' is not a known property here; did you mean 'maxLength'?"),
                broken("entity without name", model().entity("post", "{'fields': []}"),
                        "entities/post.json:/: the property 'name' is missing"),
                broken("entity without fields", model().entity("post", "{'name': 'post'}"),
                        "entities/post.json:/: the property 'fields' is missing"),
                broken("field without name", model().fields("post", "{'type': 'string'}"),
                        "entities/post.json:/fields/0: the property 'name' is missing"),
                broken("field without type", model().fields("post", "{'name': 'title'}"),
                        "entities/post.json:/fields/0: the property 'type' is missing"),
                broken("unknown field type", model().fields("post", "{'name': 'title', 'type': 'strnig'}"),
                        "entities/post.json:/fields/0/type: 'strnig' is not one of the allowed values: string, text, integer, long, decimal, boolean, date, datetime, time, uuid, email, url, enum, json, reference, references"),
                broken("maxLength as text", model().fields("post", "{'name': 'title', 'type': 'string', 'maxLength': 'ten'}"),
                        "entities/post.json:/fields/0/maxLength: should be a whole number, not 'ten'"),
                broken("maxLength zero", model().fields("post", "{'name': 'title', 'type': 'string', 'maxLength': 0}"),
                        "entities/post.json:/fields/0/maxLength: should be at least 1, not 0"),
                broken("required as text", model().fields("post", "{'name': 'title', 'type': 'string', 'required': 'yes'}"),
                        "entities/post.json:/fields/0/required: should be true or false, not 'yes'"),
                broken("unknown onDelete", model().fields("post", "{'name': 'author', 'type': 'reference', 'target': 'post', 'onDelete': 'nullify'}"),
                        "entities/post.json:/fields/0/onDelete: 'nullify' is not one of the allowed values: restrict, cascade, set null"),
                broken("unknown role action", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read', 'write']}"),
                        "roles/editor.json:/rules/0/actions/1: 'write' is not one of the allowed values: read, create, update, delete"),
                broken("the same action twice", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read', 'read']}"),
                        "roles/editor.json:/rules/0/actions: lists 'read' twice"),
                broken("a rule without actions", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': []}"),
                        "roles/editor.json:/rules/0/actions: should list at least 1 item"),
                broken("a field given as a text", model().entity("post", "{'name': 'post', 'fields': ['title']}"),
                        "entities/post.json:/fields/0: should be an object, not 'title'"),
                broken("schema problems in pointer order, /fields/2 before /fields/10", model().entity("post", "{'name': 'post', 'fields': ["
                        + "{'name': 'f0', 'type': 'string'}, {'name': 'f1', 'type': 'string'}, {'name': 'f2', 'type': 'string', 'maxLength': 'x'}, "
                        + "{'name': 'f3', 'type': 'string'}, {'name': 'f4', 'type': 'string'}, {'name': 'f5', 'type': 'string'}, {'name': 'f6', 'type': 'string'}, "
                        + "{'name': 'f7', 'type': 'string'}, {'name': 'f8', 'type': 'string'}, {'name': 'f9', 'type': 'string'}, {'name': 'f10', 'required': 'no'}"
                        + "], 'colour': 'red'}"),
                        "entities/post.json:/colour: 'colour' is not a known property here",
                        "entities/post.json:/fields/2/maxLength: should be a whole number, not 'x'",
                        "entities/post.json:/fields/10: the property 'type' is missing",
                        "entities/post.json:/fields/10/required: should be true or false, not 'no'")
        );
    }

    /** Names and ids: valid, not reserved, unique, and files named after what they define. */
    static Stream<Arguments> names() {
        return Stream.of(
                broken("two entities with one id", model().entity("author", "{'id': 'e1', 'name': 'author', 'fields': []}").entity("post", "{'id': 'e1', 'name': 'post', 'fields': []}"),
                        "entities/post.json:/id: the id 'e1' is used twice: by entity 'author' and by entity 'post'; every id must be unique"),
                broken("two fields with one id", model().fields("post", "{'id': 'f1', 'name': 'title', 'type': 'string'}", "{'id': 'f1', 'name': 'body', 'type': 'text'}"),
                        "entities/post.json:/fields/1/id: the id 'f1' is used twice: by field 'title' and by field 'body'; every id must be unique"),
                broken("an invalid id", model().entity("post", "{'id': 'Post-1', 'name': 'post', 'fields': []}"),
                        "entities/post.json:/id: 'Post-1' is not a valid id: use 2 to 16 lowercase letters and digits"),
                broken("two fields with one name", model().fields("post", TITLE, "{'name': 'title', 'type': 'text'}"),
                        "entities/post.json:/fields/1/name: the entity already has a field named 'title'"),
                broken("entity named select", model().fields("select", TITLE),
                        "entities/select.json:/name: 'select' is a word the database reserves, so it cannot name an entity; choose another name"),
                broken("entity named user", model().fields("user", TITLE),
                        "entities/user.json:/name: 'user' is kept for Plinth's own tables and pages; choose another name"),
                broken("entity named plinth_x", model().fields("plinth_x", TITLE),
                        "entities/plinth_x.json:/name: names starting with plinth_ are kept for Plinth's own tables; choose another name"),
                broken("entity named Post", model().fields("Post", TITLE),
                        "entities/Post.json:/name: 'Post' is not a valid entity name: use lowercase letters, digits and underscores, starting with a letter"),
                broken("entity named 2fast", model().fields("2fast", TITLE),
                        "entities/2fast.json:/name: '2fast' is not a valid entity name: use lowercase letters, digits and underscores, starting with a letter"),
                broken("entity named my-post", model().fields("my-post", TITLE),
                        "entities/my-post.json:/name: 'my-post' is not a valid entity name: use lowercase letters, digits and underscores, starting with a letter"),
                broken("field named order", model().fields("post", "{'name': 'order', 'type': 'integer'}"),
                        "entities/post.json:/fields/0/name: 'order' is a word the database reserves, so it cannot name a field; choose another name"),
                broken("field named user", model().fields("post", "{'name': 'user', 'type': 'string'}"),
                        "entities/post.json:/fields/0/name: 'user' is a word the database reserves, so it cannot name a field; choose another name"),
                broken("field stored in a reserved column", model().fields("post", "{'name': 'currentDate', 'type': 'date'}"),
                        "entities/post.json:/fields/0/name: 'currentDate' would be stored in the column 'current_date', a word the database reserves, so it cannot name a field; choose another name"),
                broken("field named my-field", model().fields("post", "{'name': 'my-field', 'type': 'string'}"),
                        "entities/post.json:/fields/0/name: 'my-field' is not a valid field name: use letters and digits in camelCase, starting with a lowercase letter"),
                broken("field named 2fast", model().fields("post", "{'name': '2fast', 'type': 'string'}"),
                        "entities/post.json:/fields/0/name: '2fast' is not a valid field name: use letters and digits in camelCase, starting with a lowercase letter"),
                broken("field named Title", model().fields("post", "{'name': 'Title', 'type': 'string'}"),
                        "entities/post.json:/fields/0/name: 'Title' is not a valid field name: use letters and digits in camelCase, starting with a lowercase letter"),
                broken("field named createdAt", model().fields("post", "{'name': 'createdAt', 'type': 'datetime'}"),
                        "entities/post.json:/fields/0/name: 'createdAt' is a field Plinth adds to every entity; choose another name"),
                broken("file named differently from its entity", model().entity("posts", "{'name': 'post', 'fields': []}"),
                        "entities/posts.json:/name: this file defines the entity 'post', so it must be named entities/post.json"),
                broken("two files define one entity", model().entity("post", "{'name': 'post', 'fields': []}").entity("posts", "{'name': 'post', 'fields': []}"),
                        "entities/posts.json:/name: this file defines the entity 'post', so it must be named entities/post.json",
                        "entities/posts.json:/name: another file, entities/post.json, already defines the entity 'post'"),
                broken("two fields in one column", model().fields("author", TITLE).fields("post", "{'name': 'authorId', 'type': 'string'}", "{'name': 'author', 'type': 'reference', 'target': 'author'}"),
                        "entities/post.json:/fields/1/name: the fields 'authorId' and 'author' would both be stored in the column 'author_id'; rename one of them"),
                broken("an entity named like a link table", model().fields("tag", TITLE).fields("post", "{'name': 'tags', 'type': 'references', 'target': 'tag'}").fields("post_tags", TITLE),
                        "entities/post_tags.json:/name: the entity 'post_tags' needs the table name 'post_tags', which is already taken by the link table of the field 'tags' in the entity 'post'")
        );
    }

    /** Field options that do not fit the field type or each other, and defaults that do not fit the field. */
    static Stream<Arguments> fieldOptions() {
        return Stream.of(
                broken("reference to an unknown entity", model().fields("post", "{'name': 'author', 'type': 'reference', 'target': 'author'}"),
                        "entities/post.json:/fields/0/target: the field points to the entity 'author', which the model does not define"),
                broken("reference without target", model().fields("post", "{'name': 'author', 'type': 'reference'}"),
                        "entities/post.json:/fields/0: a reference field needs a target: the entity it points to"),
                broken("references without target", model().fields("post", "{'name': 'tags', 'type': 'references'}"),
                        "entities/post.json:/fields/0: a references field needs a target: the entity it points to"),
                broken("maxLength on a boolean", model().fields("post", "{'name': 'done', 'type': 'boolean', 'maxLength': 10}"),
                        "entities/post.json:/fields/0/maxLength: maxLength does not apply to a boolean field"),
                broken("values on a string", model().fields("post", "{'name': 'title', 'type': 'string', 'values': ['a', 'b']}"),
                        "entities/post.json:/fields/0/values: values does not apply to a string field"),
                broken("onDelete on references", model().fields("tag", TITLE).fields("post", "{'name': 'tags', 'type': 'references', 'target': 'tag', 'onDelete': 'cascade'}"),
                        "entities/post.json:/fields/0/onDelete: onDelete does not apply to a references field"),
                broken("enum default not among values", model().fields("post", "{'name': 'status', 'type': 'enum', 'values': ['draft', 'published'], 'default': 'archived'}"),
                        "entities/post.json:/fields/0/default: the default 'archived' must be one of draft, published"),
                broken("enum with a value twice", model().fields("post", "{'name': 'status', 'type': 'enum', 'values': ['draft', 'published', 'draft']}"),
                        "entities/post.json:/fields/0/values/2: the value 'draft' is listed twice"),
                broken("enum without values", model().fields("post", "{'name': 'status', 'type': 'enum'}"),
                        "entities/post.json:/fields/0: an enum field needs a list of values"),
                broken("min greater than max", model().fields("post", "{'name': 'rating', 'type': 'integer', 'min': 5, 'max': 1}"),
                        "entities/post.json:/fields/0/min: min (5) is greater than max (1)"),
                broken("minLength greater than maxLength", model().fields("post", "{'name': 'title', 'type': 'string', 'minLength': 20, 'maxLength': 10}"),
                        "entities/post.json:/fields/0/minLength: minLength (20) is greater than maxLength (10)"),
                broken("scale greater than precision", model().fields("post", "{'name': 'price', 'type': 'decimal', 'precision': 4, 'scale': 6}"),
                        "entities/post.json:/fields/0/scale: scale (6) is greater than precision (4): a decimal cannot have more digits after the point than in all"),
                broken("scale above the default precision", model().fields("post", "{'name': 'price', 'type': 'decimal', 'scale': 20}"),
                        "entities/post.json:/fields/0/scale: scale (20) is greater than the default precision (18): a decimal cannot have more digits after the point than in all"),
                broken("precision below the default scale", model().fields("post", "{'name': 'price', 'type': 'decimal', 'precision': 1}"),
                        "entities/post.json:/fields/0/precision: precision (1) is less than the default scale (2): set scale to at most 1, or raise precision"),
                broken("an invalid pattern", model().fields("post", "{'name': 'slug', 'type': 'string', 'pattern': '[a-z'}"),
                        "entities/post.json:/fields/0/pattern: '[a-z' is not a valid regular expression: Unclosed character class"),
                broken("integer default abc", model().fields("post", "{'name': 'views', 'type': 'integer', 'default': 'abc'}"),
                        "entities/post.json:/fields/0/default: the default 'abc' must be a whole number between -2147483648 and 2147483647"),
                broken("default longer than maxLength", model().fields("post", "{'name': 'code', 'type': 'string', 'maxLength': 3, 'default': 'abcd'}"),
                        "entities/post.json:/fields/0/default: the default 'abcd' must be at most 3 characters long"),
                broken("default below min", model().fields("post", "{'name': 'rating', 'type': 'integer', 'min': 1, 'default': 0}"),
                        "entities/post.json:/fields/0/default: the default 0 must be at least 1"),
                broken("default null", model().fields("post", "{'name': 'title', 'type': 'string', 'default': null}"),
                        "entities/post.json:/fields/0/default: a default of null is the same as no default; remove it"),
                broken("required reference set null", model().fields("author", TITLE).fields("post", "{'name': 'author', 'type': 'reference', 'target': 'author', 'required': true, 'onDelete': 'set null'}"),
                        "entities/post.json:/fields/0/onDelete: a required reference cannot be emptied when its target is deleted; use restrict or cascade, or make the field optional"),
                broken("an inverse that is not a name", model().fields("author", TITLE).fields("post", "{'name': 'author', 'type': 'reference', 'target': 'author', 'inverse': 'Posts'}"),
                        "entities/post.json:/fields/0/inverse: 'Posts' is not a valid relation name: use letters and digits in camelCase, starting with a lowercase letter"),
                broken("an inverse clashing with a field of the target", model().fields("author", TITLE).fields("post", "{'name': 'author', 'type': 'reference', 'target': 'author', 'inverse': 'title'}"),
                        "entities/post.json:/fields/0/inverse: the entity 'author' already has a field named 'title'; choose another name for the inverse relation"),
                broken("two references claiming one inverse", model().fields("author", TITLE).fields("post", "{'name': 'author', 'type': 'reference', 'target': 'author', 'inverse': 'posts'}", "{'name': 'editor', 'type': 'reference', 'target': 'author', 'inverse': 'posts'}"),
                        "entities/post.json:/fields/1/inverse: the entity 'author' already gets a relation named 'posts' from the field 'author' in entities/post.json; choose another name"),
                broken("a rule granting writes to the built-in user entity", model().fields("post", TITLE).rules("editor", "{'entity': 'user', 'actions': ['read', 'update']}"),
                        "roles/editor.json:/rules/0/actions: Plinth manages user rows itself; a rule may only grant reading them"),
                broken("an inverse on a references field", model().fields("tag", TITLE).fields("post", "{'name': 'tags', 'type': 'references', 'target': 'tag', 'inverse': 'posts'}"),
                        "entities/post.json:/fields/0/inverse: inverse does not apply to a references field")
        );
    }

    /** Indexes and unique constraints over fields that exist and can be indexed. */
    static Stream<Arguments> indexes() {
        return Stream.of(
                broken("index on an unknown field", model().entity("post", "{'name': 'post', 'fields': [" + TITLE + "], 'indexes': [{'fields': ['title', 'status']}]}"),
                        "entities/post.json:/indexes/0/fields/1: the entity has no field named 'status'"),
                broken("index on a references field", model().fields("tag", TITLE).entity("post", "{'name': 'post', 'fields': [{'name': 'tags', 'type': 'references', 'target': 'tag'}], 'indexes': [{'fields': ['tags']}]}"),
                        "entities/post.json:/indexes/0/fields/0: 'tags' is a list of links stored in its own table, so it cannot be part of an index"),
                broken("unique listing a field twice", model().entity("post", "{'name': 'post', 'fields': [" + TITLE + "], 'uniques': [{'fields': ['title', 'title']}]}"),
                        "entities/post.json:/uniques/0/fields/1: 'title' is listed twice"),
                broken("the same index twice", model().entity("post", "{'name': 'post', 'fields': [" + TITLE + "], 'indexes': [{'fields': ['title']}, {'fields': ['title']}]}"),
                        "entities/post.json:/indexes/1: the same index is listed twice"),
                broken("an index of no fields", model().entity("post", "{'name': 'post', 'fields': [" + TITLE + "], 'indexes': [{'fields': []}]}"),
                        "entities/post.json:/indexes/0/fields: should list at least 1 item")
        );
    }

    /** Role files and their rules. */
    static Stream<Arguments> roles() {
        return Stream.of(
                broken("rule on an unknown entity", model().rules("editor", "{'entity': 'article', 'actions': ['read']}"),
                        "roles/editor.json:/rules/0/entity: the rule names the entity 'article', which the model does not define"),
                broken("fields.deny naming an unknown field", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read'], 'fields': {'deny': ['secret']}}"),
                        "roles/editor.json:/rules/0/fields/deny/0: the entity 'post' has no field named 'secret'"),
                broken("both allow and deny", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read'], 'fields': {'allow': ['title'], 'deny': ['id']}}"),
                        "roles/editor.json:/rules/0/fields: use either allow or deny, not both"),
                broken("both read allow and read deny", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read'], 'fields': {'read': {'allow': ['title'], 'deny': ['id']}}}"),
                        "roles/editor.json:/rules/0/fields/read: use either allow or deny, not both"),
                broken("two files define one role", model().role("editor", "{'name': 'editor', 'rules': []}").role("editors", "{'name': 'editor', 'rules': []}"),
                        "roles/editors.json:/name: this file defines the role 'editor', so it must be named roles/editor.json",
                        "roles/editors.json:/name: another file, roles/editor.json, already defines the role 'editor'"),
                broken("preset that does not fit its field", model().fields("post", "{'name': 'title', 'type': 'string', 'maxLength': 3}").rules("editor", "{'entity': 'post', 'actions': ['create'], 'preset': {'title': 'long title'}}"),
                        "roles/editor.json:/rules/0/preset/title: the preset 'long title' must be at most 3 characters long"),
                broken("preset naming an unknown field", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['create'], 'preset': {'owner': '$user.id'}}"),
                        "roles/editor.json:/rules/0/preset/owner: the entity 'post' has no field named 'owner'"),
                broken("preset with an unknown variable", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['create'], 'preset': {'title': '$user.nme'}}"),
                        "roles/editor.json:/rules/0/preset/title: '$user.nme' is not a variable Plinth knows; use one of $now, $user.email, $user.id"),
                broken("preset with a variable that does not fit", model().fields("post", TITLE, "{'name': 'views', 'type': 'integer'}").rules("editor", "{'entity': 'post', 'actions': ['create'], 'preset': {'views': '$user.id', 'title': '$now'}}"),
                        "roles/editor.json:/rules/0/preset/views: '$user.id' cannot fill the integer field 'views'; it fits uuid, string and text fields",
                        "roles/editor.json:/rules/0/preset/title: '$now' cannot fill the string field 'title'; it fits date, datetime and time fields"),
                broken("preset of a system field", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['create'], 'preset': {'createdBy': '$user.id'}}"),
                        "roles/editor.json:/rules/0/preset/createdBy: 'createdBy' is set by Plinth and cannot be preset"),
                broken("preset on a rule without create", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['update'], 'preset': {'title': 'x'}}"),
                        "roles/editor.json:/rules/0/preset: presets are set on create, but this rule does not allow create"),
                broken("check on a read-only rule", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read'], 'check': 'title = 1'}"),
                        "roles/editor.json:/rules/0/check: a check applies to written rows, but this rule allows neither create nor update"),
                broken("an empty where", model().fields("post", TITLE).rules("editor", "{'entity': 'post', 'actions': ['read'], 'where': ' '}"),
                        "roles/editor.json:/rules/0/where: the row filter is empty; remove it to allow every row"),
                broken("role file named admin", model().fields("post", TITLE).rules("admin", "{'entity': 'post', 'actions': ['read']}"),
                        "roles/admin.json:/name: the admin role may do everything and cannot have rules; remove this file"),
                broken("role file named differently", model().role("editors", "{'name': 'editor', 'rules': []}"),
                        "roles/editors.json:/name: this file defines the role 'editor', so it must be named roles/editor.json"),
                broken("role named Editor", model().role("Editor", "{'name': 'Editor', 'rules': []}"),
                        "roles/Editor.json:/name: 'Editor' is not a valid role name: use up to 40 lowercase letters, digits, - and _, starting with a letter")
        );
    }

    /** Sign-up settings in plinth.json. */
    static Stream<Arguments> signUp() {
        return Stream.of(
                broken("sign-up enabled without a role", model().settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true}}}"),
                        "plinth.json:/settings/signup: sign-up is enabled, so it needs a role for new users"),
                broken("sign-up with an unknown role", model().settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true, 'role': 'member'}}}"),
                        "plinth.json:/settings/signup/role: the role 'member' is not defined in roles/"),
                broken("sign-up as admin", model().settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true, 'role': 'admin'}}}"),
                        "plinth.json:/settings/signup/role: people who sign themselves up cannot be given the admin role")
        );
    }

    /** A file with problems of its own is reported alone: what other files say about it is not reported again. */
    static Stream<Arguments> filesWithProblemsLeftOut() {
        return Stream.of(
                broken("reference to an entity whose file is broken", model().file("entities/author.json", "{").fields("post", "{'name': 'author', 'type': 'reference', 'target': 'author'}"),
                        "entities/author.json:/: is not valid JSON: line 1, column 2: the file ends before the { opened at line 1, column 1 is closed with }"),
                broken("sign-up role whose file is broken", model().settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true, 'role': 'member'}}}").role("member", "{'name': 'member'}"),
                        "roles/member.json:/: the property 'rules' is missing"),
                broken("plinth.json breaking its schema is not checked further", model().settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true}}, 'colour': 'red'}"),
                        "plinth.json:/colour: 'colour' is not a known property here"),
                broken("rule on an entity whose file is broken", model().entity("post", "{'name': 'post', 'fields': [{'name': 'title'}]}").rules("editor", "{'entity': 'post', 'actions': ['read'], 'fields': {'deny': ['body']}}"),
                        "entities/post.json:/fields/0: the property 'type' is missing")
        );
    }

    /** Problems of several files in one load: each file's own problems in file order, then the model's. */
    static Stream<Arguments> severalFiles() {
        return Stream.of(
                broken("several errors in several files",
                        model().settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true}}}")
                                .fields("post", "{'name': 'title', 'type': 'string', 'maxLength': 'ten'}")
                                .fields("author", "{'name': 'name', 'type': 'string', 'minLength': 5, 'maxLength': 2}", "{'name': 'order', 'type': 'integer'}")
                                .fields("comment", "{'name': 'post', 'type': 'reference', 'target': 'post'}", "{'name': 'votes', 'type': 'integer', 'default': 1.5}")
                                .file("entities/tag.json", "{\"name\": \"tag\",}")
                                .rules("editor", "{'entity': 'article', 'actions': ['read']}", "{'entity': 'author', 'actions': ['read'], 'fields': {'deny': ['email']}}")
                                .rules("viewer", "{'entity': 'author', 'actions': ['view']}"),
                        "entities/post.json:/fields/0/maxLength: should be a whole number, not 'ten'",
                        "entities/tag.json:/: is not valid JSON: line 1, column 16: a property name is expected after the comma before this point; remove that comma if the object ends here",
                        "roles/viewer.json:/rules/0/actions/0: 'view' is not one of the allowed values: read, create, update, delete",
                        "plinth.json:/settings/signup: sign-up is enabled, so it needs a role for new users",
                        "entities/author.json:/fields/0/minLength: minLength (5) is greater than maxLength (2)",
                        "entities/author.json:/fields/1/name: 'order' is a word the database reserves, so it cannot name a field; choose another name",
                        "entities/comment.json:/fields/1/default: the default 1.5 must be a whole number between -2147483648 and 2147483647",
                        "roles/editor.json:/rules/0/entity: the rule names the entity 'article', which the model does not define",
                        "roles/editor.json:/rules/1/fields/deny/0: the entity 'author' has no field named 'email'")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"files", "schemas", "names", "fieldOptions", "indexes", "roles", "signUp", "filesWithProblemsLeftOut",
            "severalFiles"})
    void brokenModels(String name, ModelFolderFixture fixture, List<String> expected) {
        List<String> problems = fixture.load(dir).problems().stream().map(Problem::toString).toList();
        assertThat(problems).containsExactlyElementsOf(
                expected.stream().map(p -> p.replace("{folder}", dir.toString())).toList());
    }

    @Test
    void aFolderThatDoesNotExist() {
        Path missing = dir.resolve("blog");
        assertThat(ModelFolder.load(missing).problems()).map(Problem::toString)
                .containsExactly("plinth.json:/: the model folder " + missing + " does not exist");
    }

    static Stream<Arguments> validModels() {
        return Stream.of(
                valid("only plinth.json", model()),
                valid("one entity", model().fields("post", TITLE)),
                valid("a file starting with a byte order mark", model().file("entities/post.json", "\uFEFF{\"name\": \"post\", \"fields\": []}")),
                valid("an entity without fields", model().fields("post")),
                valid("every field type with fitting options", everyFieldType()),
                valid("roles with rules and sign-up", model()
                        .settings("{'name': 'blog', 'formatVersion': 1, 'label': 'Blog', 'settings': {'signup': {'enabled': true, 'role': 'member'}}}")
                        .fields("post", TITLE, "{'name': 'owner', 'type': 'uuid'}", "{'name': 'publishedAt', 'type': 'datetime'}")
                        .rules("member",
                                "{'entity': 'post', 'actions': ['read']}",
                                "{'entity': 'post', 'actions': ['create', 'update'], 'where': 'owner = $user.id', 'check': 'owner = $user.id',"
                                        + " 'fields': {'deny': ['publishedAt'], 'read': {'allow': ['title', 'id']}}, 'preset': {'owner': '$user.id', 'publishedAt': '$now', 'title': 'Draft'}}")
                        .rules("anonymous", "{'entity': 'post', 'actions': ['read'], 'fields': {'allow': ['title', 'createdAt']}}")
                        .rules("authenticated")),
                valid("sign-up with a built-in role", model()
                        .settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': true, 'role': 'authenticated'}}}")),
                valid("sign-up switched off without a role", model()
                        .settings("{'name': 'blog', 'formatVersion': 1, 'settings': {'signup': {'enabled': false}}}"))
        );
    }

    /** An entity with a field of every type, each with options that fit it. */
    private static ModelFolderFixture everyFieldType() {
        return model()
                .fields("author", "{'name': 'name', 'type': 'string', 'required': true}")
                .fields("tag", TITLE)
                .entity("post", """
                        {
                          "$schema": "https://plinth.dev/schema/1/entity.schema.json",
                          "id": "post1",
                          "name": "post",
                          "label": "Blog post",
                          "description": "A post on the blog",
                          "fields": [
                            { "id": "f1", "name": "title", "type": "string", "label": "Title", "required": true, "unique": true, "minLength": 1, "maxLength": 200, "pattern": "^\\\\S", "default": "Untitled" },
                            { "name": "body", "type": "text", "minLength": 0, "maxLength": 100000, "default": "" },
                            { "name": "views", "type": "integer", "required": true, "min": 0, "max": 1000000, "default": 0 },
                            { "name": "bytes", "type": "long", "unique": true, "min": -9223372036854775808, "default": 9223372036854775807 },
                            { "name": "rating", "type": "decimal", "precision": 3, "scale": 1, "min": 0, "max": 5, "default": 2.5 },
                            { "name": "price", "type": "decimal", "default": "12.50" },
                            { "name": "featured", "type": "boolean", "required": true, "default": false },
                            { "name": "publishedOn", "type": "date", "default": "2024-05-31" },
                            { "name": "publishedAt", "type": "datetime", "unique": true, "default": "$now" },
                            { "name": "editedAt", "type": "datetime", "default": "2024-05-31T14:30:00+02:00" },
                            { "name": "remindAt", "type": "time", "default": "14:30" },
                            { "name": "externalId", "type": "uuid", "unique": true, "default": "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f" },
                            { "name": "contact", "type": "email", "maxLength": 100, "pattern": "@example\\\\.com$", "default": "news@example.com" },
                            { "name": "homepage", "type": "url", "maxLength": 500, "default": "https://example.com/" },
                            { "name": "status", "type": "enum", "values": ["draft", "published"], "required": true, "default": "draft" },
                            { "name": "extra", "type": "json", "default": { "a": [1, 2] } },
                            { "name": "author", "type": "reference", "target": "author", "required": true, "onDelete": "cascade" },
                            { "name": "editor", "type": "reference", "target": "author", "unique": true, "onDelete": "set null" },
                            { "name": "parent", "type": "reference", "target": "post" },
                            { "name": "tags", "type": "references", "target": "tag" }
                          ],
                          "indexes": [ { "fields": ["status", "publishedAt"] }, { "fields": ["author"] }, { "fields": ["createdAt"] } ],
                          "uniques": [ { "fields": ["author", "title"] } ]
                        }
                        """);
    }

    @Test
    void theValidModelUsesEveryFieldType() {
        Entity post = everyFieldType().load(dir).model().entity("post").orElseThrow();
        assertThat(post.fields()).map(Field::type).containsAll(FieldTypes.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void validModels(String name, ModelFolderFixture fixture) {
        LoadedModel loaded = fixture.load(dir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.isValid()).isTrue();
    }

    private static Arguments broken(String name, ModelFolderFixture fixture, String... problems) {
        return Arguments.of(name, fixture, List.of(problems));
    }

    private static Arguments valid(String name, ModelFolderFixture fixture) {
        return Arguments.of(name, fixture);
    }
}
