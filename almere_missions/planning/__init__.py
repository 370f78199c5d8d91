"""Programme planning: editing day programmes, clash checks, busy times, templates,
issued versions and the slot finder."""
