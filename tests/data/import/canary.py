"""A hostile model file: every place that would run code on import or exec writes a canary file.

The importer must read it with `ast` only, so none of these lines ever runs. CANARY_DIR is
replaced by the test with a temporary folder before the file is imported.
"""

import os
import subprocess

os.system("touch CANARY_DIR/module_level")
open("CANARY_DIR/open_call", "w").write("ran")
__import__("os").system("touch CANARY_DIR/dunder_import")


def decorate(cls):
    os.system("touch CANARY_DIR/decorator")
    return cls


@decorate
class Hostile(nn.Module):
    os.system("touch CANARY_DIR/class_body")

    def __init__(self, k=os.system("touch CANARY_DIR/default_argument") or 3):
        super().__init__()
        subprocess.run(["touch", "CANARY_DIR/init_body"])
        self.conv = nn.Conv2d(3, 8, kernel_size=3)

    def forward(self, x):
        os.system("touch CANARY_DIR/forward")
        return self.conv(x)


class Harmless(nn.Module):
    def __init__(self, k=3):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, kernel_size=k)

    def forward(self, x):
        return self.conv(x)


if __name__ == "__main__":
    os.system("touch CANARY_DIR/main_block")
    Harmless(exec("import os; os.system('touch CANARY_DIR/exec_call')") or 3)
