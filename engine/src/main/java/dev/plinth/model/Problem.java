package dev.plinth.model;

/**
 * One thing wrong with a model, located in its folder.
 *
 * @param file    the file, relative to the model folder, such as {@code entities/post.json}
 * @param pointer the JSON pointer of the offending value inside the file, such as {@code /fields/2/maxLength};
 *                empty for the whole file
 * @param message what is wrong, in words a person who is not a developer understands
 */
public record Problem(String file, String pointer, String message) {

    @Override
    public String toString() {
        return file + ":" + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
