// placeholder until the URL library lands
