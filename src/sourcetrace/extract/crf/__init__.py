"""The learned attribution model (CRF over parse features)."""
