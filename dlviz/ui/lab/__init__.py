"""The learning-rate and optimizer lab: LR finder, optimizer paths, the loss landscape, sweeps."""
