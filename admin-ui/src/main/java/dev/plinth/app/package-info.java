/** The runnable Plinth application. */
package dev.plinth.app;
