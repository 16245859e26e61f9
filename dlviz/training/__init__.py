"""Running and recording runs, Qt-free: the trainer, the training process (its
loop holding runs by id, and its messages), the look inside the network, and the
frames the window draws."""
