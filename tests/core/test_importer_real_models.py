"""Real, public nn.Module classes (tests/data/real_models/, each with its source and license)
import into blocks that compute the same thing as the original class.

The originals are our own test data, so the test loads them with importlib and compares: the
same state_dict shapes in the same order, and the same output for the same weights.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings

import core
from core.codegen.source import generate_source
from core.files.examples import EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import load_block
from core.importer.python_import import import_file, import_source
from tests.strategies import graph_blocks

REAL = Path(__file__).resolve().parent.parent / "data" / "real_models"

# file -> (class, arguments the original is built with: those the imported block defaults to)
IMPORTS = {
    "pytorch_neural_networks_tutorial.py": ("Net", {}),
    "pytorch_neural_networks_tutorial_2019.py": ("Net", {}),  # x.view(-1, self.num_flat_features(x))
    "pytorch_cifar10_tutorial.py": ("Net", {}),
    "pytorch_examples_mnist.py": ("Net", {}),
    "tutorials_kr_buildmodel.py": ("NeuralNetwork", {}),
    "kuangliu_lenet.py": ("LeNet", {}),
    "yunjey_convnet.py": ("ConvNet", {}),
    "torchvision_alexnet.py": ("AlexNet", {}),
    "zerotoall_lab_11_1_mnist_cnn.py": ("CNN", {}),
    # self.fc1, registered again inside self.layer4 and called only through it: one set of weights
    "zerotoall_lab_11_2_mnist_deep_cnn.py": ("CNN", {}),
    "kuangliu_vgg.py": ("VGG", {"vgg_name": "VGG11"}),  # the file's own test() builds VGG('VGG11')
    # the arguments of the example calls the files end with
    "kuangliu_resnet_basic_block.py": ("BasicBlock", {"in_planes": 64, "planes": 128}),  # stride keeps its default
    "yunjey_residual_block.py": ("ResidualBlock", {"in_channels": 16, "out_channels": 16}),
    "kuangliu_densenet_bottleneck.py": ("Bottleneck", {"in_planes": 64, "growth_rate": 32}),
    # module constants as sizes (nc, nz, ngf, ndf); two classes in one file
    "pytorch_dcgan_tutorial.py:Generator": ("Generator", {"ngpu": 1}),
    "pytorch_dcgan_tutorial.py:Discriminator": ("Discriminator", {"ngpu": 1}),
}


def _original(file: str, class_name: str) -> type:
    spec = importlib.util.spec_from_file_location(f"real_{Path(file).stem}", REAL / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # our own test data: trusted
    return getattr(module, class_name)


def test_every_real_model_file_names_its_source_and_license():
    files = sorted(p.name for p in REAL.glob("*.py"))
    assert files == sorted({key.split(":")[0] for key in IMPORTS})
    for file in files:
        head = (REAL / file).read_text(encoding="utf-8")[:600]
        assert "# Source: " in head and "https://github.com/" in head and "# License: " in head, file


@pytest.mark.parametrize("file", sorted(IMPORTS))
def test_real_model_imports_and_computes_the_same(file):
    class_name, arguments = IMPORTS[file]
    file = file.split(":")[0]
    result = import_file(REAL / file, class_name)
    assert result.ok, result.report()
    torch.manual_seed(0)
    original = _original(file, class_name)(**arguments).eval()
    imported = core.instantiate(result.block).eval()
    original_state, imported_state = original.state_dict(), imported.state_dict()
    assert [tuple(v.shape) for v in imported_state.values()] == [tuple(v.shape) for v in original_state.values()]
    assert list(imported_state) == list(original_state)  # graph blocks keep the file's names
    imported.load_state_dict(dict(zip(imported_state, original_state.values())))
    x = torch.randn(2, *result.block.input_shape[1:])
    with torch.no_grad():
        assert torch.equal(imported(x), original(x))
    original.train(), imported.train()  # BatchNorm's batch statistics; Dropout draws differ, so none here
    if not any(isinstance(m, torch.nn.Dropout) for m in original.modules()):
        with torch.no_grad():
            assert torch.allclose(imported(x), original(x))


@pytest.mark.parametrize("file", sorted(IMPORTS))
def test_real_model_export_import_export_is_stable(file):
    result = import_file(REAL / file.split(":")[0], IMPORTS[file][0])
    assert result.ok, result.report()
    source = generate_source(result.block)
    again = import_source(source)
    assert again.ok, again.report()
    assert generate_source(again.block) == source


def test_what_an_import_changes_is_said():
    """Nothing is silently different: skipped weight init, a solved or guessed input shape, baked-in
    argument values and replaced modules are each a note with their line."""
    notes = [str(n) for n in import_file(REAL / "zerotoall_lab_11_1_mnist_cnn.py").notes]
    assert "weight initialisation `torch.nn.init.xavier_uniform_(self.fc.weight)` is not kept at line 34" in notes[0]
    assert any("the input shape (1, 1, 28, 28) is solved from Linear in_features 3136 at line 33" in n for n in notes)
    block = import_file(REAL / "kuangliu_resnet_basic_block.py")
    notes = [str(n) for n in block.notes]
    assert "`if stride != 1 or in_planes != self.expansion * planes:` runs: its test is True" in notes[3]
    assert "self.shortcut is assigned again at line 25: the later module replaces the first" in notes
    alexnet = import_file(REAL / "torchvision_alexnet.py")
    assert alexnet.block.input_shape == (1, 3, 63, 63)  # the smallest input AdaptiveAvgPool2d((6, 6)) accepts
    kr = [str(n) for n in import_file(REAL / "tutorials_kr_buildmodel.py").notes]
    assert any(n.endswith("the smallest square input that flattens to 784 values; 1 channel assumed") for n in kr)


def test_a_promoted_argument_flows_into_every_layer_it_feeds():
    """BasicBlock's stride stays an __init__ argument: instantiated with stride=2, the imported
    block computes what BasicBlock(64, 128, stride=2) does (conv1 and the shortcut both stride)."""
    result = import_file(REAL / "kuangliu_resnet_basic_block.py")
    original = _original("kuangliu_resnet_basic_block.py", "BasicBlock")(64, 128, stride=2).eval()
    imported = core.instantiate(result.block, stride=2).eval()
    imported.load_state_dict(dict(zip(imported.state_dict(), original.state_dict().values())))
    x = torch.randn(2, 64, 16, 16)
    with torch.no_grad():
        assert imported(x).shape == (2, 128, 8, 8)
        assert torch.equal(imported(x), original(x))


@pytest.mark.parametrize("name", sorted(GRAPH_EXAMPLES))
def test_the_graph_examples_round_trip_through_python(name):
    """Our own graph examples (residual adds, concat, functional steps, `identity = x`) import from
    their generated code into the same block, with nothing to note."""
    block = load_block(EXAMPLES_DIR / name)
    source = generate_source(block)
    result = import_source(source)
    assert result.ok, result.report()
    assert result.block.same_content(block)
    assert generate_source(result.block) == source
    assert result.notes == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_blocks())
def test_random_graph_blocks_round_trip_through_python(block):
    """Chains, residuals with and without projection, concats, reused modules, functional ops:
    whatever graph the engine can write, the importer reads back into the same code. A plain chain
    of modules becomes an editable flat block instead, whose only change is said: its renames."""
    source = generate_source(block)
    result = import_source(source)
    assert result.ok, result.report()
    runs = core.analyze(block).error is None
    if result.block.is_graph:
        assert generate_source(result.block) == source
        assert all(not runs and str(n).startswith("the imported block does not run on input") for n in result.notes)
    else:
        assert all(str(n).startswith("layer attributes are renamed: ") for n in result.notes)
        assert [m.layer.kind for m in block.modules] == [layer.kind for layer in result.block.layers]
        flat = generate_source(result.block)
        assert generate_source(import_source(flat).block) == flat


def test_a_module_registered_twice_stays_one_module_with_one_set_of_weights(tmp_path):
    """lab-11-2 registers self.fc1 and lists it again in self.layer4: the import keeps one module
    under both names, as the file does, and the project file and the export keep it that way."""
    from core.files.project_file import load_block, save_block

    result = import_file(REAL / "zerotoall_lab_11_2_mnist_deep_cnn.py", "CNN")
    assert result.ok, result.report()
    assert not any("twice" in str(note) for note in result.notes)  # nothing to say: it is exact
    source = generate_source(result.block)
    shared = "        self.fc1 = nn.Linear(2048, 625)\n        self.layer4 = nn.Sequential(\n            self.fc1,\n"
    assert shared in source
    assert "Registers layer1, layer2, layer3, fc1, layer4, fc2;" in source
    model = core.instantiate(result.block)
    assert model.fc1 is model.layer4[0]
    original = _original("zerotoall_lab_11_2_mnist_deep_cnn.py", "CNN")()
    count = sum(p.numel() for p in model.parameters())
    assert count == sum(p.numel() for p in original.parameters()) == 1_379_557  # counted once
    path = tmp_path / "cnn.json"
    save_block(result.block, path)
    again = load_block(path)
    assert again.same_content(result.block) and generate_source(again) == source
