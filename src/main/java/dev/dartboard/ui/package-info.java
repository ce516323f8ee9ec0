/** The JavaFX studio: one sub-package per page, View + ViewModel (MVVM). */
package dev.dartboard.ui;
