"""The product's data (policy, fonts, demo season, translations, templates, icons).

Kept at the top of the repository and installed as the package
``almere_missions_resources``; ``almere_missions.paths`` finds it.
"""
