package dev.dartboard.train;

/** How batch norm normalises: with the batch's statistics (training) or the running ones (inference). */
public enum NetMode { TRAIN, INFER }
