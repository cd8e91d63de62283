"""The catalog: creators, products, live rooms, short videos and flash sales."""
