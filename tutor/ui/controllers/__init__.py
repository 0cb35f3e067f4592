"""Controllers: they react to screens' signals and decide; views only lay out."""
