"""aftersales package."""
