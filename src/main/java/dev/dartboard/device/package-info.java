/** The board link: serial port, framed protocol, flasher, on-device tester, simulator. No JavaFX. */
package dev.dartboard.device;
