<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AppArguments</name>
    <message>
        <source>{message} (see: python main.py --help)</source>
        <translation>{message} (참고: python main.py --help)</translation>
    </message>
    <message>
        <source>Open Block Studio, optionally on a project file.</source>
        <translation>블록 스튜디오를 엽니다. 프로젝트 파일을 함께 열 수도 있습니다.</translation>
    </message>
    <message>
        <source>a Block Studio project file to open</source>
        <translation>열 블록 스튜디오 프로젝트 파일</translation>
    </message>
    <message>
        <source>expected at most one project file, got {count}: {files}</source>
        <translation>프로젝트 파일은 하나까지만 열 수 있는데 {count}개를 받았습니다: {files}</translation>
    </message>
    <message>
        <source>the project file name is empty</source>
        <translation>프로젝트 파일 이름이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{option} needs a language: {known}</source>
        <translation>{option} 옵션에는 언어가 필요합니다: {known}</translation>
    </message>
    <message>
        <source>{option} {value!r} is not a language Block Studio has; use one of: {known}</source>
        <translation>{option} {value!r}은(는) 블록 스튜디오가 지원하는 언어가 아닙니다. 다음 중 하나를 쓰세요: {known}</translation>
    </message>
    <message>
        <source>{message} (see: python main.py {command}--help)</source>
        <translation>{message} (참고: python main.py {command}--help)</translation>
    </message>
    <message>
        <source>Block Studio: build nn.Module blocks and see their code. Without a command, `python main.py [FILE.json]` opens the app.</source>
        <translation>블록 스튜디오: nn.Module 블록을 만들고 그 코드를 봅니다. 명령 없이 `python main.py [FILE.json]`을 실행하면 앱이 열립니다.</translation>
    </message>
    <message>
        <source>print or write the generated Python source</source>
        <translation>생성된 Python 소스를 출력하거나 파일로 씁니다</translation>
    </message>
    <message>
        <source>a Block Studio project file (.json)</source>
        <translation>블록 스튜디오 프로젝트 파일 (.json)</translation>
    </message>
    <message>
        <source>write the source here instead of printing it</source>
        <translation>소스를 화면에 출력하지 않고 이 파일에 씁니다</translation>
    </message>
    <message>
        <source>write the source of an invalid block anyway (with a warning)</source>
        <translation>올바르지 않은 블록이라도 소스를 씁니다 (경고와 함께)</translation>
    </message>
    <message>
        <source>print the per-layer shape/params/mult-adds table</source>
        <translation>레이어별 모양/매개변수/곱셈-덧셈 표를 출력합니다</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>기계가 읽기 쉬운 형식(JSON)으로 출력합니다</translation>
    </message>
    <message>
        <source>-o needs a file name, got an empty one</source>
        <translation>-o에는 파일 이름이 필요한데 빈 이름을 받았습니다</translation>
    </message>
    <message>
        <source>{file}: {error} (export --force writes the source anyway)</source>
        <translation>{file}: {error} (export --force로 내보내기를 하면 소스를 그래도 씁니다)</translation>
    </message>
    <message>
        <source>{file}: {error}; the source is written anyway (--force)</source>
        <translation>{file}: {error}; 그래도 소스를 씁니다 (--force)</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for -o</source>
        <translation>{path}은(는) 폴더입니다. -o에는 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>{path} is the project file itself; writing the source there would replace it</source>
        <translation>{path}은(는) 프로젝트 파일 자체입니다. 그곳에 소스를 쓰면 프로젝트 파일이 덮어쓰입니다</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>run the block and time each layer on a device</source>
        <translation>블록을 실행하고 장치에서 각 레이어의 시간을 잽니다</translation>
    </message>
    <message>
        <source>cpu (default), cuda, cuda:N or mps</source>
        <translation>cpu (기본값), cuda, cuda:N 또는 mps</translation>
    </message>
    <message>
        <source>CPU threads (default: torch&apos;s)</source>
        <translation>CPU 스레드 수 (기본값: torch의 설정)</translation>
    </message>
    <message>
        <source>timed runs per layer, at least (10)</source>
        <translation>레이어마다 시간을 재는 실행 횟수의 최솟값 (10)</translation>
    </message>
    <message>
        <source>{flag} must be a whole number, got {text!r}</source>
        <translation>{flag}은(는) 정수여야 하는데 {text!r}을(를) 받았습니다</translation>
    </message>
    <message>
        <source>{flag} must be from 1 to {high:,} (the most it allows), got {value:,}</source>
        <translation>{flag}은(는) 1부터 {high:,}(허용되는 최댓값)까지여야 하는데 {value:,}을(를) 받았습니다</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>unknown problem</source>
        <translation>알 수 없는 문제</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>중단되었습니다 (Ctrl+C)</translation>
    </message>
    <message>
        <source>the input is nested too deeply to read</source>
        <translation>입력이 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>out of memory reading the input</source>
        <translation>입력을 읽다가 메모리가 부족해졌습니다</translation>
    </message>
    <message>
        <source>a number in the input has more than 4,300 digits; no layer size is that large</source>
        <translation>입력의 어떤 수가 4,300자리를 넘습니다. 그렇게 큰 레이어 크기는 없습니다</translation>
    </message>
    <message>
        <source>internal error, please report it: {type}: {problem}</source>
        <translation>내부 오류입니다. 알려 주세요: {type}: {problem}</translation>
    </message>
    <message>
        <source>cannot write the output: {reason}</source>
        <translation>출력을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>standard output is closed (write to a file with -o)</source>
        <translation>표준 출력이 닫혀 있습니다 (-o로 파일에 쓰세요)</translation>
    </message>
</context>
<context>
    <name>Codegen</name>
    <message>
        <source>module {name}</source>
        <translation>모듈 {name}</translation>
    </message>
    <message>
        <source>step {number} {kind}</source>
        <translation>{number}단계 {kind}</translation>
    </message>
    <message>
        <source>{where}: a {target} step holds exactly one parameter, shape</source>
        <translation>{where}: {target} 단계에는 매개변수가 shape 하나뿐이어야 합니다</translation>
    </message>
    <message>
        <source>{where} {kind}: no parameter {param!r} to promote</source>
        <translation>{where} {kind}: 인자로 올릴 매개변수 {param!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>step {number} calls self.{target}, which is not registered</source>
        <translation>{number}단계가 self.{target}을(를) 호출하지만 등록되지 않았습니다</translation>
    </message>
    <message>
        <source>the source defines no class {name}</source>
        <translation>소스에 {name} 클래스가 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{value} is not a usable parameter value</source>
        <translation>{value}은(는) 쓸 수 있는 매개변수 값이 아닙니다</translation>
    </message>
    <message>
        <source>layer {number} {kind}</source>
        <translation>{number}번 레이어 {kind}</translation>
    </message>
    <message>
        <source>{where}: no parameter {param!r}</source>
        <translation>{where}: {param!r} 매개변수가 없습니다</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>ConvBlock (the seed: conv - batchnorm - relu - maxpool)</source>
        <translation>ConvBlock (처음 예제: 합성곱 - 배치 정규화 - ReLU - 최대 풀링)</translation>
    </message>
    <message>
        <source>VGG double conv</source>
        <translation>VGG 이중 합성곱</translation>
    </message>
    <message>
        <source>ResNet stem (conv7 - bn - relu - maxpool)</source>
        <translation>ResNet 스템 (7x7 합성곱 - 배치 정규화 - ReLU - 최대 풀링)</translation>
    </message>
    <message>
        <source>LeNet-5 feature extractor</source>
        <translation>LeNet-5 특징 추출기</translation>
    </message>
    <message>
        <source>ResNet BasicBlock (residual add)</source>
        <translation>ResNet BasicBlock (잔차 덧셈)</translation>
    </message>
    <message>
        <source>ResNet BasicBlock with downsample (stride 2, 1x1 projection)</source>
        <translation>다운샘플이 있는 ResNet BasicBlock (stride 2, 1x1 사영)</translation>
    </message>
    <message>
        <source>ResNet Bottleneck (1x1 - 3x3 - 1x1, residual add)</source>
        <translation>ResNet Bottleneck (1x1 - 3x3 - 1x1, 잔차 덧셈)</translation>
    </message>
    <message>
        <source>DenseNet layer (BN-ReLU-Conv, concatenated to its input)</source>
        <translation>DenseNet 레이어 (BN-ReLU-Conv, 입력에 이어 붙임)</translation>
    </message>
    <message>
        <source>The PyTorch tutorial&apos;s Net (F.relu, F.max_pool2d, torch.flatten)</source>
        <translation>PyTorch 튜토리얼의 Net (F.relu, F.max_pool2d, torch.flatten)</translation>
    </message>
</context>
<context>
    <name>GeneratedCode</name>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>Registers {names}; forward has {count} step.</source>
        <translation>{names}을(를) 등록합니다. forward는 {count}단계입니다.</translation>
    </message>
    <message>
        <source>Registers {names}; forward has {count} steps.</source>
        <translation>{names}을(를) 등록합니다. forward는 {count}단계입니다.</translation>
    </message>
    <message>
        <source>No layers yet: the input passes through unchanged</source>
        <translation>아직 레이어가 없습니다: 입력이 그대로 지나갑니다</translation>
    </message>
    <message>
        <source>Input ({shape}).</source>
        <translation>입력 ({shape}).</translation>
    </message>
    <message>
        <source>Input ({shape}) -&gt; output ({output}), {count:,} parameters.</source>
        <translation>입력 ({shape}) -&gt; 출력 ({output}), 매개변수 {count:,}개.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Comments in generated code:</source>
        <translation>생성된 코드의 주석(&amp;C):</translation>
    </message>
    <message>
        <source>Generated code itself stays in English, as PyTorch is written; only its docstrings and comments follow this choice.</source>
        <translation>생성된 코드 자체는 PyTorch가 쓰이는 대로 영어로 남습니다. 독스트링과 주석만 이 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>expected a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>{count:,} modules; a block holds at most {limit:,}</source>
        <translation>모듈이 {count:,}개입니다. 블록에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>members of an unkeyed Sequential are numbered (no &quot;name&quot;)</source>
        <translation>이름 없는 Sequential의 구성원은 번호로 불립니다 (&quot;name&quot; 없음)</translation>
    </message>
    <message>
        <source>{count:,} steps; forward holds at most {limit:,}</source>
        <translation>단계가 {count:,}개입니다. forward에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>expected one of {choices}</source>
        <translation>다음 중 하나여야 합니다: {choices}</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>unknown function (known: {known})</source>
        <translation>알 수 없는 함수입니다 (알려진 함수: {known})</translation>
    </message>
    <message>
        <source>unknown method (known: {known})</source>
        <translation>알 수 없는 메서드입니다 (알려진 메서드: {known})</translation>
    </message>
    <message>
        <source>an assign step has no target</source>
        <translation>assign 단계에는 target이 없습니다</translation>
    </message>
    <message>
        <source>expected a list of 1 to {most} value positions</source>
        <translation>값 위치 1개에서 {most}개까지의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>expected 0 (forward&apos;s x) or a step number from 1 to {count}</source>
        <translation>0 (forward의 x) 또는 1부터 {count}까지의 단계 번호여야 합니다</translation>
    </message>
    <message>
        <source>step {number} reads a value that no step computes; connect it before saving</source>
        <translation>{number}단계가 어떤 단계도 계산하지 않는 값을 읽습니다. 저장하기 전에 연결하세요</translation>
    </message>
    <message>
        <source>a block holds at most {limit:,} layers; this would make {count:,}</source>
        <translation>블록에는 레이어가 최대 {limit:,}개까지 들어가는데 이렇게 하면 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>forward holds at most {limit:,} steps; this would make {count:,}</source>
        <translation>forward에는 단계가 최대 {limit:,}개까지 들어가는데 이렇게 하면 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; a project file is at most {limit:,}</source>
        <translation>파일이 {size:,}바이트입니다. 프로젝트 파일은 최대 {limit:,}바이트입니다</translation>
    </message>
    <message>
        <source>the file holds more than {limit:,} bytes, the most a project file can</source>
        <translation>파일이 프로젝트 파일의 최대 크기인 {limit:,}바이트보다 큽니다</translation>
    </message>
    <message>
        <source>a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>UTF-8 텍스트가 아닙니다 (오프셋 {offset}에 잘못된 바이트)</translation>
    </message>
    <message>
        <source>this key appears twice in one object</source>
        <translation>이 키가 한 객체 안에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>a {count:,}-digit number is far too large</source>
        <translation>{count:,}자리 수는 너무 큽니다</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number}은(는) 너무 큰 수입니다</translation>
    </message>
    <message>
        <source>{name} is not a number a project file may hold</source>
        <translation>{name}은(는) 프로젝트 파일에 넣을 수 있는 수가 아닙니다</translation>
    </message>
    <message>
        <source>broken JSON at line {line} column {column}: {problem}</source>
        <translation>{line}번째 줄 {column}번째 열의 JSON이 깨졌습니다: {problem}</translation>
    </message>
    <message>
        <source>JSON nested too deeply to be a project file</source>
        <translation>JSON이 너무 깊게 중첩되어 있어 프로젝트 파일일 수 없습니다</translation>
    </message>
    <message>
        <source>expected an object, got {type}</source>
        <translation>객체여야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>unknown key {key} (allowed: {allowed})</source>
        <translation>알 수 없는 키 {key} (허용되는 키: {allowed})</translation>
    </message>
    <message>
        <source>missing key {key!r}</source>
        <translation>{key!r} 키가 없습니다</translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;, got {value}</source>
        <translation>&quot;{format}&quot;이어야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>this Block Studio reads version 1 and 2 files, got {value}</source>
        <translation>이 블록 스튜디오는 버전 1과 2의 파일을 읽는데 {value}입니다</translation>
    </message>
    <message>
        <source>modules and steps need a version 2 file</source>
        <translation>modules와 steps는 버전 2 파일에만 쓸 수 있습니다 (모듈과 단계)</translation>
    </message>
    <message>
        <source>a graph block has modules and steps, not layers</source>
        <translation>그래프 블록에는 layers가 아니라 modules와 steps가 있습니다 (레이어 대신 모듈과 단계)</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a list, got {type}</source>
        <translation>목록이어야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>{count:,} layers; a block holds at most {limit:,}</source>
        <translation>레이어가 {count:,}개입니다. 블록에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>unknown layer type {value} (known: {known})</source>
        <translation>알 수 없는 레이어 종류 {value} (알려진 종류: {known})</translation>
    </message>
    <message>
        <source>{kind} needs {param}</source>
        <translation>{kind}에는 {param}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
</context>
<context>
    <name>SafePaths</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프 (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{kind}, not a regular file</source>
        <translation>{kind}입니다. 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>곱셈-덧셈</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>읽는 값</translation>
    </message>
    <message>
        <source>Input shape: {shape}</source>
        <translation>입력 모양: {shape}</translation>
    </message>
    <message>
        <source>Total params: {count}</source>
        <translation>전체 매개변수: {count}</translation>
    </message>
    <message>
        <source>Total mult-adds: {count} ({short})</source>
        <translation>전체 곱셈-덧셈: {count} ({short})</translation>
    </message>
    <message>
        <source>Activation memory: {size}</source>
        <translation>활성화 메모리: {size}</translation>
    </message>
</context>
</TS>
