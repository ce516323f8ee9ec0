/** Small file utilities shared by every stage (atomic saves). Imports nothing of the project. */
package dev.dartboard.io;
