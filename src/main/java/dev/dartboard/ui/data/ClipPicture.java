package dev.dartboard.ui.data;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.model.DataConfig;

/**
 * What the clip viewer draws: the clip at the front end's rate and its features.
 *
 * @param clip     the whole clip as read (not cut to the front end's length)
 * @param features frames × features under {@code config} (the clip fitted to config.clipSamples())
 * @param name     the clip's path relative to the data set
 */
public record ClipPicture(String name, PcmClip clip, float[][] features, DataConfig config) { }
