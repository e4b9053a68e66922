"""The admin console's own services: one-time login links and the overview's figures.

Every action of the console goes through the feature services the bot uses; only
what no bot command needs (login links, weekly counts) is here.
"""
