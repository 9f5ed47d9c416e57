-- A copy of a whole target database (%1$s, from template %2$s): each tamper test rewrites its own copy.
CREATE DATABASE "%1$s" TEMPLATE "%2$s"
